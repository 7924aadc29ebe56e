"""The set-up files agree: environment.yml and pyproject.toml name the same dependencies."""
import re
import tomllib

import yaml

from conftest import REPO


def base_name(requirement):
    return re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = {base_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {base_name(r) for r in extra}
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    conda = {base_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip = {base_name(d) for d in env["dependencies"] if isinstance(d, dict) for d in d["pip"]} - {"--editable"}
    assert conda | pip == wanted


def test_environment_yml_pins_the_tested_versions():
    pins = {}
    for line in (REPO / "requirements" / "constraints.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version.strip()
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    pip = [d for d in env["dependencies"] if isinstance(d, dict) for d in d["pip"]]
    for dep in [d for d in env["dependencies"] if isinstance(d, str)] + pip:
        if "=" in dep and not dep.startswith("python"):
            name, version = dep.replace("==", "=").split("=", 1)
            assert pins.get(name.lower()) == version, f"{name}: environment.yml says {version}, constraints say {pins.get(name.lower())}"


def test_gitignore_keeps_generated_clutter_out():
    ignored = (REPO / ".gitignore").read_text().split()
    for entry in [".venv/", "gradebook.db", "submitted/", "autograded/", "feedback/", "__pycache__/"]:
        assert entry in ignored


def test_ci_runs_the_readme_test_command():
    assert "make test" in (REPO / ".ci" / "run").read_text()
    assert "make test" in (REPO / "README.md").read_text()
