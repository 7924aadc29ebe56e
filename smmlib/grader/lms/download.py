"""What every LMS download shares: its files read cleanly, and one `Submission` per student.

Real downloads are messier than the LMSs' own zips. Handled here, once, for every layout:

- zip entry names without the UTF-8 flag: Python decodes those as cp437 (``zipfile``:
  ``filename.decode(self.metadata_encoding or 'cp437')`` unless flag bit 11 is set). Zip tools
  that write UTF-8 without the flag, and Windows' "compressed folder" that writes the OEM code
  page (cp850 on Dutch and other Western European Windows), are both read back correctly;
- backslashes as folder separators (zips made by some Windows tools);
- names in decomposed Unicode (macOS writes "Zoë" as "Zoe" + U+0308): normalised to NFC;
- ``__MACOSX/``, ``._*`` AppleDouble files, ``.DS_Store``, ``Thumbs.db``, ``.ipynb_checkpoints/``
  and other hidden files: skipped (Moodle's feedback import and Canvas's re-upload skip them too);
- one or more wrapping folders around everything (a download unpacked and zipped again);
- a zip a student handed in: its files are read as if handed in one by one.
"""
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

JUNK_NAMES = {"__MACOSX", "Thumbs.db", "desktop.ini"}
WINDOWS_OEM = "cp850"   # the OEM code page of Dutch Windows (and of Western Europe)


class DownloadError(Exception):
    """The download cannot be read (message in English, for the grader)."""


class LmsFileError(DownloadError):
    """A file exported from the LMS (worksheet, gradebook, class list) cannot be used, or does not fit the run."""


@dataclass
class Submission:
    """One student's hand-in as found in a download."""
    student_id: str          # nbgrader student id (folder name under submitted/)
    lms_id: str              # the id the LMS import file needs ('' when the download gives none)
    name: str                # the student's name as the LMS gives it ('' if unknown)
    files: dict              # path inside the submission -> bytes (every file the student handed in)
    late: bool = False
    entry: str = ""          # how the download names this submission; the feedback bundle reuses it
    refs: dict = field(default_factory=dict)     # path -> the LMS's own name for that file (Canvas)
    earlier: list = field(default_factory=list)  # older submissions in the same download: (label, files)
    remark: str = ""         # what the reader noticed (for the grader, English)

    def notebook(self, assignment):
        """Pick the notebook to grade: `<assignment>.ipynb`, else the only .ipynb; (path, bytes, remark)."""
        return pick_notebook(self.files, assignment)

    def ref(self, path):
        """The LMS's name for a file of this submission (falls back to the submission's own entry)."""
        return self.refs.get(path, self.entry)


def pick_notebook(files, assignment):
    """(path, bytes, remark) of the notebook to grade among `files` (path -> bytes)."""
    notebooks = {p: b for p, b in files.items() if p.lower().endswith(".ipynb")}
    exact = f"{assignment}.ipynb"
    matches = sorted((p for p in notebooks if PurePosixPath(p).name == exact), key=lambda p: (p.count("/"), p))
    if matches:
        extra = sorted(set(notebooks) - {matches[0]})
        remark = "; ".join(part for part in [
            f"notebook taken from the zip {matches[0].split('.zip/')[0]}.zip" if ".zip/" in matches[0] else "",
            f"extra notebooks ignored: {', '.join(extra)}" if extra else ""] if part)
        return matches[0], notebooks[matches[0]], remark
    if len(notebooks) == 1:
        path = next(iter(notebooks))
        return path, notebooks[path], f"notebook renamed by the student: {path}"
    if not notebooks:
        return None, None, "no notebook (.ipynb) in the submission"
    close = sorted(notebooks, key=lambda p: (not PurePosixPath(p).name.startswith(assignment), p))
    return close[0], notebooks[close[0]], f"several notebooks ({', '.join(sorted(notebooks))}); graded {close[0]}"


def safe_id(text):
    """A student id that is safe as a folder name (keeps letters with accents and spaces)."""
    cleaned = re.sub(r"[\\/:*?\"<>|\[\]\x00-\x1f]+", "_", text).strip(" ._")
    return cleaned or "onbekend"


def entry_name(info):
    """The real name of a zip entry: UTF-8 when flagged, else UTF-8 if it decodes, else the Windows OEM code page."""
    if info.flag_bits & 0x800:
        return info.filename
    raw = info.filename.encode("cp437")   # undo zipfile's cp437 decoding: the bytes as stored
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(WINDOWS_OEM)


def clean_path(name):
    """The path as posix parts in NFC, or None for folders and junk (hidden files, macOS and Windows extras)."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/"))
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or name.endswith("/"):
        return None
    if any(p in JUNK_NAMES or p.startswith(".") or p.startswith("~$") for p in parts):
        return None
    return "/".join(parts)


def read_files(source):
    """All files of a zip or folder as {clean relative posix path: bytes}."""
    source = Path(source)
    found = {}
    if source.is_dir():
        for path in sorted(source.rglob("*")):
            clean = clean_path(path.relative_to(source).as_posix()) if path.is_file() else None
            if clean:
                found[clean] = path.read_bytes()
        return found
    if zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            return _zip_files(archive)
    raise DownloadError(f"{source} is neither a folder nor a zip file")


def _zip_files(archive):
    found = {}
    for info in archive.infolist():
        clean = None if info.is_dir() else clean_path(entry_name(info))
        if clean:
            found[clean] = archive.read(info)
    return found


def strip_wrappers(files, is_submission_root):
    """Remove folders that wrap everything (a re-zipped download), stopping where submissions start."""
    while files:
        tops = {p.split("/", 1)[0] for p in files}
        if len(tops) != 1 or any("/" not in p for p in files):
            return files
        top = tops.pop()
        if is_submission_root(top, files):
            return files
        files = {p.split("/", 1)[1]: data for p, data in files.items()}
    return files


def expand_archives(files):
    """Add the files inside zips a student handed in (one level), as `<zip path>/<inner path>`."""
    expanded = dict(files)
    for path, data in files.items():
        if path.lower().endswith(".zip"):
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    expanded.update({f"{path}/{inner}": content for inner, content in _zip_files(archive).items()})
            except (zipfile.BadZipFile, OSError, ValueError):
                pass   # not a readable zip: it stays one file, and pick_notebook says there is no notebook
    return expanded
