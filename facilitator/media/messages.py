"""What a facilitator reads when a film cannot play: one place for every message.

Every text is a literal inside `QCoreApplication.translate("FilmMessages", …)` so that
`pyside6-lupdate` collects it; each says what happened and what to do, never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.media.languages import english_name


def install_vlc_hint() -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "Install VLC (Debian/Ubuntu: sudo apt install libvlc5 vlc-plugin-base "
        "vlc-plugin-video-output; Windows and macOS: VLC from videolan.org).",
    )


def vlc_not_installed() -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "VLC is not installed, so films play with the built-in player, which may not "
        "handle every film. {install}",
    ).format(install=install_vlc_hint())


def vlc_bad_library_path(path: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "VLC could not be loaded from {path} (set by PYTHON_VLC_LIB_PATH), so films play "
        "with the built-in player. Correct or remove PYTHON_VLC_LIB_PATH, or: {install}",
    ).format(path=path, install=install_vlc_hint())


def vlc_cannot_start() -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "VLC is installed but could not start (its plugins were not found; check "
        "VLC_PLUGIN_PATH), so films play with the built-in player. Reinstall VLC: {install}",
    ).format(install=install_vlc_hint())


def vlc_cannot_embed(platform: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "VLC cannot draw films into this window system ({platform}), so films play with "
        "the built-in player. Start the application with QT_QPA_PLATFORM=xcb to use VLC.",
    ).format(platform=platform)


def film_not_found(name: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "The film file “{name}” was not found. Copy it into the programme's films folder "
        "or the host's film folder (Settings).",
    ).format(name=name)


def not_a_video(name: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages", "“{name}” is not a video file. Copy the right film file again."
    ).format(name=name)


def cannot_play(name: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "The film “{name}” could not be played: the file is damaged or in a format that "
        "cannot be read. Copy the film again.",
    ).format(name=name)


def no_picture(name: str, seconds: int) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "The film “{name}” showed no picture within {seconds} seconds: the file may be "
        "damaged. Copy the film again.",
    ).format(name=name, seconds=seconds)


def ended_early(name: str, at: str, total: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "The film “{name}” stopped early, at {at} of {total}: the file is probably "
        "incomplete. Copy the film again.",
    ).format(name=name, at=at, total=total)


def checksum_mismatch(name: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "The film file “{name}” is not the version this programme expects (its checksum "
        "differs): it may be damaged or a different film. Copy the film again.",
    ).format(name=name)


def unreadable(name: str, detail: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages", "The film file “{name}” cannot be read ({detail})."
    ).format(name=name, detail=detail)


def subtitles_missing(language: str, name: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages",
        "The {language} subtitles (“{name}”) are missing from the programme; the film "
        "plays without them.",
    ).format(language=english_name(language), name=name)


def subtitles_unreadable(language: str, name: str, detail: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages", "The {language} subtitles (“{name}”) cannot be read: {detail}."
    ).format(language=english_name(language), name=name, detail=detail)


def no_subtitles_for(language: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages", "This film has neither subtitles nor a sound track in {language}."
    ).format(language=english_name(language))


def unknown_film(film_id: str) -> str:
    return QCoreApplication.translate(
        "FilmMessages", "The programme names a film “{film_id}” that it does not describe."
    ).format(film_id=film_id)


def check_timed_out(name: str, seconds: int) -> str:
    return QCoreApplication.translate(
        "FilmMessages", "Checking the film “{name}” took longer than {seconds} seconds."
    ).format(name=name, seconds=seconds)


def clock(ms: int) -> str:
    """Film time as m:ss (or h:mm:ss), the way a player shows it."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
