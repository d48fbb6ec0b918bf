#!/usr/bin/env python3
"""Make the bundled demo films from their narration sources.

Every `resources/films/src/<id>.yaml` holds a film's titles and its narration, sentence by
sentence, in English, Danish, Arabic and Russian. From it this script writes

    resources/films/<id>.mp4                                  the video (H.264/AAC, faststart)
    resources/programmes/<package>/films/<id>.yaml            film metadata (programme format)
    resources/programmes/<package>/films/<id>.<lang>.srt      subtitles, one file per language

for every package the source names. The narration is synthesised with espeak-ng one
sentence at a time; the sentences are laid end to end with calm pauses, so every subtitle
cue starts exactly when its sentence starts and ends just after it. A film with several
audio tracks (`audio: [en, da, ar, ru]`) gives each sentence one slot as long as its
longest translation, so sentence *n* begins at the same moment on every track and any
subtitle language stays in step with any audio language. The pictures are calm title
cards and slowly drifting shapes drawn by ffmpeg's filters, marked "Demo film".

Output is deterministic for given espeak-ng and ffmpeg versions.

    scripts/make-demo-films.py                 make every film
    scripts/make-demo-films.py --only ID ...   make some
    scripts/make-demo-films.py --check         re-time the narration (no video encoding) and
                                               report any subtitle, metadata or checksum
                                               that no longer matches; exit 1 if any
"""

from __future__ import annotations

import argparse
import array
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import wave
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "resources" / "films" / "src"
FILMS = REPO / "resources" / "films"
PROGRAMMES = REPO / "resources" / "programmes"

LANGUAGES = ("en", "da", "ar", "ru")
# mp4 stores a stream's language as ISO 639-2/T.
ISO_639_2 = {"en": "eng", "da": "dan", "ar": "ara", "ru": "rus"}
RIGHT_TO_LEFT = {"ar"}
# VLC (freetype-text-direction defaults to left-to-right) and libass lay a subtitle line out
# left to right, which moves an Arabic line's closing full stop or comma to its right-hand
# end. A RIGHT-TO-LEFT MARK after the punctuation keeps it where a reader expects it; Qt's
# own layout, which finds the direction itself, is not affected.
RLM = "\u200f"
LANGUAGE_NAMES = {"en": "English", "da": "Dansk", "ar": "العربية", "ru": "Русский"}

# espeak-ng voice and words per minute. Its default (175) is brisk; these are gentle.
# Arabic is given a little more speed because espeak-ng's Arabic is slow at equal rates.
VOICES = {"en": ("en", 130), "da": ("da", 130), "ar": ("ar", 150), "ru": ("ru", 135)}
PITCH = 40
WORD_GAP = 1  # extra pause between words, in units of 10 ms

SAMPLE_RATE = 22050  # espeak-ng's own rate; resampling would add nothing to a synthetic voice
LEAD_IN = 3.5  # seconds of title card before the first sentence
PAUSE = 1.0  # seconds between sentences
TAIL = 2.5  # seconds after the last sentence, before rounding up to a whole second
CUE_HOLD = 0.4  # a cue stays up this long after its sentence ends (if the pause allows)
CUE_GAP = 0.1  # at least this much blank between two cues
SILENCE_LEVEL = 200  # samples quieter than this at a sentence's edges are trimmed

WIDTH, HEIGHT, FPS = 854, 480, 12
CRF = 30


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class Layout:
    """Where each sentence sits in the film, worked out from the synthesised speech."""

    duration: int  # whole seconds
    starts: tuple[int, ...]  # first sample of each sentence's slot
    speech: dict[str, tuple[array.array, ...]]  # audio language -> trimmed samples per sentence


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", metavar="ID", help="make only these films")
    parser.add_argument(
        "--check", action="store_true", help="check the outputs against the sources"
    )
    args = parser.parse_args(argv)

    for tool in ("espeak-ng", "ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            print(f"make-demo-films: {tool} is not installed.", file=sys.stderr)
            return 2

    sources = sorted(SOURCES.glob("*.yaml"))
    if args.only:
        wanted = set(args.only)
        unknown = wanted - {p.stem for p in sources}
        if unknown:
            print(f"make-demo-films: no source for {', '.join(sorted(unknown))}.", file=sys.stderr)
            return 2
        sources = [p for p in sources if p.stem in wanted]

    problems: list[str] = []
    for path in sources:
        film = load_source(path)
        with tempfile.TemporaryDirectory(prefix="demo-film-") as tmp:
            work = Path(tmp)
            layout = lay_out(film, work)
            subtitles = {lang: render_srt(cues(film, layout, lang)) for lang in LANGUAGES}
            video = FILMS / f"{film['id']}.mp4"
            if args.check:
                problems += check(film, layout, subtitles, video)
                continue
            write_tracks(film, layout, work)
            encode(film, layout, work, video)
        digest = sha256(video)
        for package in film["packages"]:
            write_package_files(film, layout, subtitles, digest, package)
        size = video.stat().st_size
        print(f"{film['id']}: {layout.duration} s, {size / 1_000_000:.2f} MB, sha256 {digest[:12]}")

    for problem in problems:
        print(problem)
    if args.check:
        print(f"checked {len(sources)} films: {len(problems)} problems")
    return 1 if problems else 0


# --- the narration source -------------------------------------------------------------


def load_source(path: Path) -> dict:
    film = yaml.safe_load(path.read_text(encoding="utf-8"))
    if film.get("id") != path.stem:
        raise SystemExit(f"{path}: id must be {path.stem!r}")
    for key in ("titles", "audio", "packages", "look", "sentences"):
        if key not in film:
            raise SystemExit(f"{path}: {key} is missing")
    if set(film["titles"]) != set(LANGUAGES):
        raise SystemExit(f"{path}: titles need exactly {', '.join(LANGUAGES)}")
    if not film["audio"] or not set(film["audio"]) <= set(LANGUAGES):
        raise SystemExit(f"{path}: audio must list languages from {', '.join(LANGUAGES)}")
    for number, sentence in enumerate(film["sentences"], start=1):
        if set(sentence) != set(LANGUAGES):
            raise SystemExit(f"{path}: sentence {number} needs exactly {', '.join(LANGUAGES)}")
    return film


# --- speech and timing ----------------------------------------------------------------


def synthesise(text: str, lang: str, work: Path) -> array.array:
    """One sentence as 16-bit mono samples, silence trimmed from both ends."""
    voice, rate = VOICES[lang]
    text_file = work / "sentence.txt"
    wav_file = work / "sentence.wav"
    text_file.write_text(text, encoding="utf-8")
    subprocess.run(
        [
            "espeak-ng",
            "-b",
            "1",
            "-v",
            voice,
            "-s",
            str(rate),
            "-p",
            str(PITCH),
            "-g",
            str(WORD_GAP),
            "-w",
            str(wav_file),
            "-f",
            str(text_file),
        ],
        check=True,
    )
    with wave.open(str(wav_file), "rb") as wav:
        if (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) != (1, 2, SAMPLE_RATE):
            raise SystemExit("espeak-ng did not write 16-bit mono at 22050 Hz")
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    loud = [i for i, s in enumerate(samples) if abs(s) >= SILENCE_LEVEL]
    if not loud:
        raise SystemExit(f"espeak-ng made no sound for {text!r}")
    return samples[loud[0] : loud[-1] + 1]


def lay_out(film: dict, work: Path) -> Layout:
    speech = {
        lang: tuple(synthesise(s[lang], lang, work) for s in film["sentences"])
        for lang in film["audio"]
    }
    starts = []
    position = seconds_to_samples(LEAD_IN)
    for index in range(len(film["sentences"])):
        starts.append(position)
        slot = max(len(speech[lang][index]) for lang in film["audio"])
        position += slot + seconds_to_samples(PAUSE)
    speech_end = position - seconds_to_samples(PAUSE)
    duration = math.ceil((speech_end / SAMPLE_RATE) + TAIL)
    return Layout(duration=duration, starts=tuple(starts), speech=speech)


def seconds_to_samples(seconds: float) -> int:
    return round(seconds * SAMPLE_RATE)


def samples_to_ms(samples: int) -> int:
    return round(samples * 1000 / SAMPLE_RATE)


def cues(film: dict, layout: Layout, lang: str) -> list[Cue]:
    """Subtitle cues for one language, timed to that language's own audio track when the
    film has one, otherwise to the first audio track (the one a single-track film has)."""
    timing = lang if lang in layout.speech else film["audio"][0]
    result = []
    count = len(film["sentences"])
    for index, sentence in enumerate(film["sentences"]):
        start = samples_to_ms(layout.starts[index])
        spoken_end = samples_to_ms(layout.starts[index] + len(layout.speech[timing][index]))
        limit = (
            samples_to_ms(layout.starts[index + 1]) if index + 1 < count else layout.duration * 1000
        ) - round(CUE_GAP * 1000)
        end = min(spoken_end + round(CUE_HOLD * 1000), limit)
        text = wrap(sentence[lang])
        if lang in RIGHT_TO_LEFT:
            text = "\n".join(line + RLM for line in text.split("\n"))
        result.append(Cue(start, end, text))
    return result


def wrap(text: str) -> str:
    """Break a sentence into balanced lines of at most about 50 characters."""
    text = " ".join(text.split())
    lines_needed = max(1, math.ceil(len(text) / 50))
    width = math.ceil(len(text) / lines_needed) + 4
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False))


def srt_time(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def render_srt(film_cues: list[Cue]) -> str:
    blocks = [
        f"{n}\n{srt_time(c.start_ms)} --> {srt_time(c.end_ms)}\n{c.text}\n"
        for n, c in enumerate(film_cues, start=1)
    ]
    return "\n".join(blocks)


def write_tracks(film: dict, layout: Layout, work: Path) -> None:
    """One WAV per audio language, each exactly as long as the film."""
    total = layout.duration * SAMPLE_RATE
    for lang in film["audio"]:
        track = array.array("h", bytes(2 * total))
        for start, samples in zip(layout.starts, layout.speech[lang], strict=True):
            track[start : start + len(samples)] = samples
        if sys.byteorder == "big":
            track.byteswap()
        with wave.open(str(work / f"{lang}.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(SAMPLE_RATE)
            wav.writeframes(track.tobytes())


# --- pictures and encoding ------------------------------------------------------------


def font(bold: bool = False) -> Path:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in (REPO / "resources" / "fonts", Path("/usr/share/fonts/truetype/dejavu")):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"font {name} not found (Debian: fonts-dejavu-core)")


def filter_path(path: Path) -> str:
    """A path as a filtergraph option value; refuses characters that would need escaping."""
    text = str(path)
    if not re.fullmatch(r"[A-Za-z0-9_./+-]+", text):
        raise SystemExit(f"path {text!r} has characters ffmpeg's filtergraph would misread")
    return text


def hex_colour(colour: str) -> str:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        raise SystemExit(f"colour {colour!r} is not #rrggbb")
    return "0x" + colour[1:]


def make_disc(colour: str, size: int, path: Path) -> None:
    """A soft-edged translucent disc as a PNG, drawn once and drifted by the overlay."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    r = size / 2
    alpha = f"95*clip(({r}-hypot(X-{r}+0.5,Y-{r}+0.5))/({r}*0.45),0,1)"
    subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"color=c=black:s={size}x{size}:d=1:r=1",
            "-vf",
            f"format=rgba,geq=r={red}:g={green}:b={blue}:a='{alpha}'",
            "-frames:v",
            "1",
            str(path),
        ],
        check=True,
    )


def title_lines(title: str) -> list[str]:
    if len(title) <= 26:
        return [title]
    words = title.split()
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(title) / 2))
    return [" ".join(words[:best]), " ".join(words[best:])]


def video_graph(film: dict, layout: Layout, work: Path) -> str:
    duration = layout.duration
    c0, c1 = (hex_colour(c) for c in film["look"]["background"])
    regular, bold = filter_path(font()), filter_path(font(bold=True))

    def text_file(name: str, text: str) -> str:
        path = work / name
        path.write_text(text, encoding="utf-8")
        return filter_path(path)

    intro_out = LEAD_IN + 0.6
    intro_alpha = (
        f"if(lt(t,0.8),t/0.8,if(lt(t,{LEAD_IN - 0.6}),1,"
        f"if(lt(t,{intro_out}),({intro_out}-t)/1.2,0)))"
    )
    corner_alpha = f"0.9*clip((t-{intro_out - 0.4})/1.2,0,1)"

    lines = title_lines(film["titles"]["en"])
    # gradients draws from a random seed unless given one: the film would differ each run.
    graph = [
        f"gradients=s={WIDTH}x{HEIGHT}:r={FPS}:d={duration}:c0={c0}:c1={c1}:nb_colors=2"
        f":x0=0:y0=0:x1={WIDTH}:y1={HEIGHT}:speed=0.004:seed=1[bg]",
        "[bg][0:v]overlay=shortest=1:eval=frame"
        ":x='W*0.30-150+W*0.12*sin(t*2*PI/23)':y='H*0.42-150+H*0.10*cos(t*2*PI/31)'[v1]",
        "[v1][1:v]overlay=shortest=1:eval=frame"
        ":x='W*0.68-110+W*0.10*cos(t*2*PI/27)':y='H*0.52-110+H*0.12*sin(t*2*PI/19)'[v2]",
    ]
    texts = []
    line_height = 52
    top = HEIGHT / 2 - line_height * len(lines) / 2 - 24
    for number, line in enumerate(lines):
        texts.append(
            f"drawtext=fontfile={bold}:textfile={text_file(f'title{number}.txt', line)}"
            f":fontsize=40:fontcolor=white:shadowcolor=black@0.35:shadowx=2:shadowy=2"
            f":x=(w-text_w)/2:y={top + number * line_height:.0f}:alpha='{intro_alpha}'"
        )
    texts.append(
        f"drawtext=fontfile={regular}:textfile={text_file('intro.txt', 'Demo film · synthetic voice')}"
        f":fontsize=20:fontcolor=white@0.85:x=(w-text_w)/2"
        f":y={top + len(lines) * line_height + 14:.0f}:alpha='{intro_alpha}'"
    )
    texts.append(
        f"drawtext=fontfile={regular}:textfile={text_file('corner.txt', film['titles']['en'])}"
        f":fontsize=20:fontcolor=white:shadowcolor=black@0.3:shadowx=1:shadowy=1"
        f":x=28:y=26:alpha='{corner_alpha}'"
    )
    texts.append(
        f"drawtext=fontfile={bold}:textfile={text_file('demo.txt', 'DEMO FILM')}"
        f":fontsize=15:fontcolor=white@0.9:box=1:boxcolor=black@0.35:boxborderw=7"
        f":x=w-text_w-30:y=28"
    )
    texts.append(f"fade=t=in:st=0:d=0.6,fade=t=out:st={duration - 1.5}:d=1.5,format=yuv420p[v]")
    graph.append("[v2]" + ",".join(texts))
    return ";".join(graph)


def encode(film: dict, layout: Layout, work: Path, video: Path) -> None:
    shapes = film["look"]["shapes"]
    make_disc(shapes[0], 300, work / "disc0.png")
    make_disc(shapes[1], 220, work / "disc1.png")
    audio = film["audio"]
    # Four speech tracks at 64 kbit/s would make the multi-language film three times the
    # size of the others; synthetic speech at 22 kHz loses nothing audible at 48.
    bitrate = "64k" if len(audio) == 1 else "48k"
    command = [
        "ffmpeg",
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-loop",
        "1",
        "-framerate",
        str(FPS),
        "-i",
        str(work / "disc0.png"),
        "-loop",
        "1",
        "-framerate",
        str(FPS),
        "-i",
        str(work / "disc1.png"),
    ]
    for lang in audio:
        command += ["-i", str(work / f"{lang}.wav")]
    command += ["-filter_complex", video_graph(film, layout, work), "-map", "[v]"]
    for index in range(len(audio)):
        command += ["-map", f"{index + 2}:a"]
    command += [
        "-c:v",
        "libx264",
        "-preset",
        "slow",
        "-crf",
        str(CRF),
        "-profile:v",
        "main",
        "-pix_fmt",
        "yuv420p",
        "-r",
        str(FPS),
        "-g",
        str(FPS * 5),
        "-c:a",
        "aac",
        "-b:a",
        bitrate,
        "-ac",
        "1",
        "-ar",
        str(SAMPLE_RATE),
    ]
    for index, lang in enumerate(audio):
        command += [
            f"-metadata:s:a:{index}",
            f"language={ISO_639_2[lang]}",
            f"-metadata:s:a:{index}",
            f"handler_name={LANGUAGE_NAMES[lang]}",
            f"-disposition:a:{index}",
            "default" if index == 0 else "0",
        ]
    command += [
        "-metadata:s:v:0",
        "language=und",
        "-metadata",
        f"title={film['titles']['en']} (demo film)",
        "-metadata",
        "comment=Demo film with a synthetic voice (espeak-ng), "
        "made by scripts/make-demo-films.py in Facilitator Companion.",
        "-map_metadata",
        "-1",
        "-map_chapters",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        "-movflags",
        "+faststart",
        "-t",
        str(layout.duration),
    ]
    partial = work / "film.mp4"
    subprocess.run([*command, str(partial)], check=True)
    video.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(partial, video.with_suffix(".mp4.part"))
    os.replace(video.with_suffix(".mp4.part"), video)


# --- package files --------------------------------------------------------------------


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def metadata_text(film: dict, layout: Layout, digest: str) -> str:
    film_id = film["id"]

    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML string

    lines = [
        "# Demo film (synthetic voice), written by scripts/make-demo-films.py from",
        f"# resources/films/src/{film_id}.yaml; edit that and regenerate, not this file.",
        "# The video is bundled with the application (resources/films/), not copied here.",
        f"file: {film_id}.mp4",
        f"duration: {layout.duration}",
        f"sha256: {digest}",
        "titles:",
        *(f"  {lang}: {quoted(film['titles'][lang])}" for lang in LANGUAGES),
        f"audio: [{', '.join(film['audio'])}]",
        "subtitles:",
        *(f"  {lang}: {film_id}.{lang}.srt" for lang in LANGUAGES),
    ]
    return "\n".join(lines) + "\n"


def write_package_files(
    film: dict, layout: Layout, subtitles: dict[str, str], digest: str, package: str
) -> None:
    folder = PROGRAMMES / package / "films"
    folder.mkdir(parents=True, exist_ok=True)
    for lang, text in subtitles.items():
        (folder / f"{film['id']}.{lang}.srt").write_text(text, encoding="utf-8")
    (folder / f"{film['id']}.yaml").write_text(
        metadata_text(film, layout, digest), encoding="utf-8"
    )


def check(film: dict, layout: Layout, subtitles: dict[str, str], video: Path) -> list[str]:
    problems = []
    if not video.is_file():
        return [f"{video.relative_to(REPO)}: missing (run scripts/make-demo-films.py)"]
    digest = sha256(video)
    for package in film["packages"]:
        folder = PROGRAMMES / package / "films"
        metadata = folder / f"{film['id']}.yaml"
        expected = metadata_text(film, layout, digest)
        if not metadata.is_file() or metadata.read_text(encoding="utf-8") != expected:
            problems.append(f"{metadata.relative_to(REPO)}: out of date (duration or sha256)")
        for lang, text in subtitles.items():
            srt = folder / f"{film['id']}.{lang}.srt"
            if not srt.is_file() or srt.read_text(encoding="utf-8") != text:
                problems.append(f"{srt.relative_to(REPO)}: out of date")
    return problems


if __name__ == "__main__":
    sys.exit(main())
