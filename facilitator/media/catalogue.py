"""The films of a programme: where each video file is, and what it offers.

A film's video is looked up by file name in the package's `films/` folder, then the host's
film folder, then the films bundled with the application (docs/programme-format.md), and
checked against its SHA-256 when the package gives one. Subtitle files always come from
the package's `films/` folder. A zipped package has its `films/` folder unpacked once into
the user's cache folder, so that players get ordinary file paths.
"""

from __future__ import annotations

import enum
import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from facilitator import paths
from facilitator.media import messages
from facilitator.media.files import ChecksumCache
from facilitator.sessions.programme import Film, Programme


class FilmOrigin(enum.Enum):
    PACKAGE = "package"
    HOST = "host"
    BUNDLED = "bundled"
    MISSING = "missing"


@dataclass(frozen=True)
class ResolvedFilm:
    """A film with its video located (or not) and its subtitle files as paths."""

    film: Film
    video: Path | None
    origin: FilmOrigin
    subtitles: dict[str, Path] = field(default_factory=dict)
    problem: str | None = None
    """Why the video cannot be used (not found, checksum differs), for the facilitator."""

    @property
    def id(self) -> str:
        return self.film.id

    @property
    def playable(self) -> bool:
        return self.video is not None and self.problem is None

    @property
    def duration_ms(self) -> int:
        return self.film.duration * 1000

    @property
    def audio_languages(self) -> tuple[str, ...]:
        return self.film.audio

    def title(self, language: str) -> str:
        return self.film.title(language)


_default_cache: ChecksumCache | None = None


def default_checksum_cache() -> ChecksumCache:
    """One cache per process, kept in the user data folder across runs."""
    global _default_cache
    if _default_cache is None:
        _default_cache = ChecksumCache(paths.data_dir() / "cache" / "film-checksums.json")
    return _default_cache


def _inside(folder: Path, relative: str) -> Path | None:
    """`folder/relative`, or None when `relative` would leave `folder` (../, absolute)."""
    candidate = PurePosixPath(relative.replace("\\", "/"))
    if candidate.is_absolute() or ".." in candidate.parts or not candidate.parts:
        return None
    return folder.joinpath(*candidate.parts)


def _unpacked_films(archive: Path) -> Path:
    """The zipped package's films/ folder, unpacked once into the cache folder."""
    stat = archive.stat()
    key = f"{archive.resolve()}:{stat.st_mtime_ns}:{stat.st_size}".encode()
    target = paths.data_dir() / "cache" / "packages" / hashlib.sha256(key).hexdigest()[:16]
    done = target / ".complete"
    films = target / "films"
    if done.exists():
        return films
    with zipfile.ZipFile(archive) as zipped:
        for info in zipped.infolist():
            parts = PurePosixPath(info.filename).parts
            if "films" not in parts[:2] or info.is_dir():
                continue
            inner = parts[parts.index("films") + 1 :]
            destination = _inside(films, "/".join(inner)) if inner else None
            if destination is None:
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            with zipped.open(info) as source, destination.open("wb") as out:
                while block := source.read(1 << 20):
                    out.write(block)
    films.mkdir(parents=True, exist_ok=True)
    done.touch()
    return films


class FilmCatalogue:
    """The films of one programme, resolved to files on this laptop."""

    def __init__(
        self,
        programme: Programme,
        *,
        host_dir: Path | None = None,
        bundled_dir: Path | None = None,
        checksums: ChecksumCache | None = None,
    ) -> None:
        self._programme = programme
        self._host_dir = host_dir
        self._bundled_dir = bundled_dir
        self._checksums = checksums
        self._package_films: Path | None = None

    @property
    def programme(self) -> Programme:
        return self._programme

    def ids(self) -> list[str]:
        return sorted(self._programme.films)

    def film(self, film_id: str) -> Film:
        return self._programme.films[film_id]

    def title(self, film_id: str, language: str) -> str:
        return self.film(film_id).title(language)

    def duration_ms(self, film_id: str) -> int:
        return self.film(film_id).duration * 1000

    def audio_languages(self, film_id: str) -> tuple[str, ...]:
        return self.film(film_id).audio

    def package_films_dir(self) -> Path | None:
        if self._package_films is None:
            location = self._programme.location
            if location is None:
                return None
            if location.is_file() and zipfile.is_zipfile(location):
                self._package_films = _unpacked_films(location)
            else:
                self._package_films = location / "films"
        return self._package_films

    def search_dirs(self) -> list[tuple[FilmOrigin, Path]]:
        dirs: list[tuple[FilmOrigin, Path]] = []
        package = self.package_films_dir()
        if package is not None:
            dirs.append((FilmOrigin.PACKAGE, package))
        dirs.append((FilmOrigin.HOST, self._host_dir or paths.host_films_dir()))
        dirs.append((FilmOrigin.BUNDLED, self._bundled_dir or paths.bundled_films_dir()))
        return dirs

    def subtitle_files(self, film_id: str) -> dict[str, Path]:
        """Language → subtitle path inside the package's films/ folder (may not exist)."""
        folder = self.package_films_dir()
        if folder is None:
            return {}
        found: dict[str, Path] = {}
        for language, name in self.film(film_id).subtitles.items():
            path = _inside(folder, name)
            if path is not None:
                found[language] = path
        return found

    def resolve(self, film_id: str, *, audio_language: str | None = None) -> ResolvedFilm:
        """Locate the video (a dubbed version when one exists for `audio_language`).

        Checks the checksum when the package gives one; a file whose checksum differs is
        reported, and the search goes on in case another folder holds the right one.
        """
        film = self.film(film_id)
        name = film.file
        expected = film.sha256
        if audio_language and audio_language in film.versions:
            name, expected = film.versions[audio_language], None
        subtitles = self.subtitle_files(film_id)
        mismatch: tuple[FilmOrigin, Path] | None = None
        for origin, folder in self.search_dirs():
            path = _inside(folder, name)
            if path is None or not path.is_file():
                continue
            if expected:
                cache = self._checksums or default_checksum_cache()
                try:
                    ok = cache.matches(path, expected)
                except OSError as exc:
                    problem = messages.unreadable(name, exc.strerror or str(exc))
                    return ResolvedFilm(film, path, origin, subtitles, problem)
                if not ok:
                    mismatch = mismatch or (origin, path)
                    continue
            return ResolvedFilm(film, path, origin, subtitles)
        if mismatch is not None:
            origin, path = mismatch
            return ResolvedFilm(film, path, origin, subtitles, messages.checksum_mismatch(name))
        return ResolvedFilm(
            film, None, FilmOrigin.MISSING, subtitles, messages.film_not_found(name)
        )
