"""netra.classify: the neutrality classifier as a pure library (no web, no database).

Load profiles once, then classify records:

    from netra.classify import Classifier, load_profiles
    classifier = Classifier(load_profiles(["pilkada.yaml"]))
    classifier.classify({"id": "1", "action": "post", "text": "..."}).to_dict()
"""

from netra.classify.engine import Classifier, election_stage
from netra.classify.errors import ClassifierError, DataFileError, ProfileError, RecordError
from netra.classify.knowledge import VIOLATION_CODES, load_knowledge
from netra.classify.profile import ElectionProfile, load_profile, load_profiles, parse_profile
from netra.classify.record import ACTIONS, ActivityRecord, parse_record
from netra.classify.verdict import CandidateRef, Reason, Verdict

__all__ = [
    "ACTIONS",
    "VIOLATION_CODES",
    "ActivityRecord",
    "CandidateRef",
    "Classifier",
    "ClassifierError",
    "DataFileError",
    "ElectionProfile",
    "ProfileError",
    "Reason",
    "RecordError",
    "Verdict",
    "election_stage",
    "load_knowledge",
    "load_profile",
    "load_profiles",
    "parse_profile",
    "parse_record",
]
