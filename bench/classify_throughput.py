"""Benchmark: `netra classify` end to end on 100,000 generated records, on one core.

Prints records per second, peak memory and start-up time for netra and the keyword baseline.
Targets (issue 3): >= 5,000 records/s on one core, peak memory <= 300 MB, start-up < 1 s.

The mix follows what a Satgas sees: most posts of civil servants have nothing to do with the
election (about 85%), some speak of it neutrally, a few are partisan or doubtful.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILES = [
    ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml",
    ROOT / "examples/profiles/pilpres-2024.yaml",
]
N = int(os.environ.get("BENCH_RECORDS", "100000"))

EVERYDAY = [
    "Alhamdulillah apel pagi hari ini berjalan lancar, semangat melayani masyarakat {e}",
    "Rapat koordinasi penyusunan anggaran {year} di ruang rapat lantai {n}, mohon bapak ibu hadir tepat waktu",
    "Selamat ulang tahun bu {name}, semoga sehat selalu dan makin sukses {e}",
    "Antrean pelayanan KTP hari ini sampai nomor {n}{n}, terima kasih atas kesabarannya",
    "Kegiatan posyandu di RW {n} berjalan lancar, balita ditimbang dan diberi vitamin A",
    "Info: jadwal vaksinasi booster di puskesmas kecamatan tanggal {n} mulai jam 08.00",
    "Mantap timnas Garuda menang {n}-1 tadi malam! {e}",
    "Sarapan dulu sebelum ngantor, nasi uduk bu {name} emang juara {e}",
    "Hujan deres bgt dari subuh, hati2 di jalan ya rekan2 {e}",
    "Jumat berkah, mari bersedekah walau sedikit {e}",
    "Pelatihan SIPD untuk operator OPD angkatan {n} resmi dibuka oleh Sekda",
    "Lomba 17an kantor: tim kami juara {n} tarik tambang wkwk {e}",
    "Mohon maaf lahir dan batin, selamat hari raya idul fitri {year} {e}",
    "Kerja bakti bersih2 selokan bareng warga RT {n}, biar gak banjir lagi",
    "Batas akhir pelaporan SPT tahunan tanggal 31 Maret, jangan sampai telat ya",
    "Seragam hari Selasa warna biru ya bapak ibu, jangan lupa {e}",
    "Anak2 SD {n} ikut lomba cerdas cermat tingkat kabupaten, doakan menang ya",
    "Partai final ganda campuran nanti malam seru nih, dukung wakil Indonesia {e}",
    "Kampanye cuci tangan pakai sabun di sekolah dasar bersama kader kesehatan",
    "Bayar PBB sekarang bisa lewat aplikasi, gak perlu antre di kantor lagi",
    "Macet parah di jalan {name} pagi ini, ada perbaikan jalan",
    "Ngopi dulu gaes, laporan kinerja bulanan udah beres {e}",
    "Terima kasih atas kunjungan tim monev provinsi ke kantor kami hari ini",
    "Turut berduka cita atas wafatnya ayahanda rekan kami bpk {name}, semoga husnul khotimah",
    "Pengumuman: pelayanan perizinan tutup sementara tgl {n} karena pemeliharaan sistem",
]
NEUTRAL_ELECTION = [
    "Jangan golput ya, datang ke TPS tanggal 27 November, suaramu menentukan!",
    "Cek nama kamu di DPT lewat cekdptonline KPU, jangan sampai gak terdaftar",
    "Pengingat untuk rekan2 ASN: dilarang like, share, dan komentar postingan paslon. Jaga netralitas!",
    "Bimtek KPPS se-kecamatan hari ini, semoga pilkada berjalan aman dan damai",
    "Siapapun pilihannya, tetap rukun ya warga Sidomulyo {e}",
    "Sudah nyoblos! Jari ungu, pemilu damai {e}",
]
PARTISAN = [
    "BARA gaskeun! Sidomulyo butuh perubahan {e}",
    "Fix pilih nomor {c}, yang lain cuma janji",
    "Jangan pilih HEWAN, programnya omdo semua",
    "tgl 27 inget ya, yg tengah {e}",
    "Alhamdulillah hadir di deklarasi relawan SADEWA tadi malam, rame bgt {e}",
    "Bapak ibu staf wajib hadir kampanye akbar paslon {c} besok pagi ya",
    "Prabowo Gibran satu putaran! #PrabowoGibran",
    "Pilih yang jujur ya, kalian tahu lah {e}",
]
TARGETS = [
    ("like", "Ayo menangkan BARA nomor 2! #BARAmenyala"),
    ("share", "Visi misi paslon 3 SADEWA untuk Sidomulyo sejahtera"),
    ("like", "Selamat hari guru untuk semua guru di Sidomulyo"),
    ("comment", "Innalillahi, telah berpulang ibunda kami. Mohon doa. - Hendra Kusuma"),
    ("follow", "Dinas Kesehatan Kabupaten Sidomulyo (akun resmi)"),
    ("share", "Info resmi KPU: jadwal pemungutan suara 27 November 2024"),
]
EMOJI = ["🙏", "💪", "🔥", "😂", "✌️", "👍", "❤️", "🤲", "😉", ""]
NAMES = ["Sri", "Budi", "Ani", "Joko", "Rina", "Agus", "Dewi", "Hendra", "Yanti", "Bagus"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        e=rng.choice(EMOJI),
        n=rng.randint(1, 9),
        c=rng.randint(1, 3),
        name=rng.choice(NAMES),
        year=rng.choice([2024, 2025]),
    )


def generate(n: int, path: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            roll = rng.random()
            record: dict[str, object] = {"id": f"b{i}", "created_at": "2024-11-10T08:00:00+07:00"}
            if roll < 0.80:
                record.update(action="post", text=_fill(rng.choice(EVERYDAY), rng))
            elif roll < 0.88:
                action, target = rng.choice(TARGETS)
                record.update(
                    action=action,
                    text=rng.choice(["", "mantap", "turut berduka", ""]),
                    target_text=target,
                )
            elif roll < 0.94:
                record.update(action="post", text=_fill(rng.choice(NEUTRAL_ELECTION), rng))
            else:
                record.update(action="post", text=_fill(rng.choice(PARTISAN), rng))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _netra() -> list[str]:
    exe = shutil.which("netra", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "netra.cli.main"]


def _one_core(command: list[str]) -> list[str]:
    return ["taskset", "-c", "0", *command] if shutil.which("taskset") else command


# An installed netra has its bytecode compiled (pip does it at install time); a shell that sets
# PYTHONDONTWRITEBYTECODE would instead time compiling netra's modules on every start.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str], stdin_path: Path | None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with stdin_path.open("rb") if stdin_path else open(os.devnull, "rb") as stdin:
        proc = subprocess.run(
            _one_core(command),
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_ENV,
        )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"command failed: {' '.join(command)}\n{proc.stderr.decode()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the maximum over all children so far; run the heaviest last.
    return elapsed, max(peak, before) / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "records.jsonl"
        generate(N, data)
        size_mb = data.stat().st_size / 1e6
        base = (
            _netra()
            + ["classify", "--no-progress"]
            + [a for p in PROFILES for a in ("--profile", str(p))]
        )
        empty = Path(tmp) / "empty.jsonl"
        empty.write_text("")
        run(base, empty)  # writes the bytecode an install would have, if missing
        startups = sorted(run(base, empty)[0] for _ in range(3))
        kw_time, _ = run([*base, "--engine", "keyword"], data)
        netra_time, peak = run(base, data)
    print(f"records: {N:,} ({size_mb:.1f} MB JSON Lines), one core (taskset -c 0)")
    print(f"start-up (empty input, median of 3): {startups[1]:.2f} s   target < 1 s")
    print(
        f"netra classify: {netra_time:.2f} s, {N / netra_time:,.0f} records/s   target >= 5,000/s"
    )
    print(f"peak memory (max RSS): {peak:.0f} MB   target <= 300 MB")
    print(f"keyword baseline: {kw_time:.2f} s, {N / kw_time:,.0f} records/s")


if __name__ == "__main__":
    main()
