#!/usr/bin/env python3
"""Writes docs/rules-to-tests.md from the rule tests' @Refuses, @Holds and @Allows marks.

Run from anywhere: python3 docs/rules-to-tests.py. RuleCoverageTest fails when the document
misses a marked test, so run this after adding or renaming one. The "API test" column is kept
from the existing document.
"""

import re
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULE_IDS = ROOT / "app/model/src/main/java/org/vnicconsole/model/rules/RuleId.java"
TESTS = ROOT / "app/control/src/test/java/org/vnicconsole/control/rules"
MODEL_TESTS = ROOT / "app/model/src/test/java/org/vnicconsole/model"
DOC = ROOT / "docs/rules-to-tests.md"

MARKS = ("Refuses", "Holds", "Allows")
CODE = re.compile(r"\b((?:INVALID|OPERATION)_[A-Z0-9_]+)\b")

# Why a rule's enforced side is shown by an invariant, or by refusals under other rule ids.
NOTES = {
    "PRIMARY-DEFAULT-ROUTE": "The platform writes the guest plan; no request can add a default "
    "route to an elastic vNIC, so the plan is checked instead.",
    "ELASTIC-IDENTITY": "No action can change a vNIC's MAC or drop its addresses or EIPs on "
    "detach; the tests show them unchanged.",
    "PRIMARY-IPS-STAY": "Never possible: the primary cannot be detached (PRIMARY-NO-DETACH), its "
    "address cannot be unassigned (IPV4-PRIMARY) or assigned to another vNIC while held "
    "(IPV4-RESERVED); those refusals carry their own rule ids.",
    "RELEASE-INSTANCE": "Releasing has no refusal of its own (an unknown instance is bad input); "
    "the invariant is that the primary's address and VF are free at once, with no recycle "
    "period; the allowed tests show what a release keeps and what dependResource deletes.",
    "MAC-UNIQUE": "Never possible: no request chooses a MAC. The tests show MACs distinct across "
    "regions, locally administered, carried by the VF, and a deleted vNIC's MAC not reissued.",
    "EIP-FOLLOWS": "No action moves an EIP off a detached vNIC; the binding is shown kept.",
    "IPV6-PUBLIC": "The guest plan reports public IPv6 as DIRECT_NO_NAT and private IPv6 not as "
    "public; nothing to refuse.",
    "VNIC-BOUNDARY": "Bad values for these settings (unknown group, rate limit out of range) are "
    "bad input, in BadInputTest; the tests show each vNIC's settings its own.",
    "SRC-DST-CHECK": "Any value is allowed; the tests show the default and both switches.",
    "PF-PRIVATE": "Never possible: the PF is not in any VF pool. The tests show only VFs handed "
    "out and the PF's policy (MAC, rate limit) applied to and cleared from them.",
    "FAILOVER-TRIPLET": "Shown through GuestPlanService.plan: master ethN, standby ethNnsby and "
    "the VF share the vNIC's MAC, and stay so through a migration.",
    "MIGRATION-PATH": "A migration across zones is refused under VNIC-ATTACH-SCOPE "
    "(HostMigrationRulesTest#migratingToAHostOfAnotherZoneIsRefused); the path itself is shown "
    "step by step with MAC, addresses and master unchanged.",
    "MIGRATION-CAPACITY": "The invariant column shows a migration failing after each phase "
    "leaving the instance on its source host with the same VFs.",
    "CONFIGURE-MASTER": "Shown through GuestPlanService.plan: addresses and routes are on the "
    "master only; no route names the standby or the VF.",
}


def rules():
    text = RULE_IDS.read_text()
    return re.findall(r'^    ([A-Z0-9_]+)\("([A-Z0-9-]+)", "([^"]+)"', text, re.M)


def chunks(path):
    """Yields (class name, method name, text of its annotations and body) per method."""
    text = path.read_text()
    for chunk in re.split(r"^    }\n", text, flags=re.M):
        match = re.search(r"^    (?:static )?void (\w+)\(", chunk, re.M)
        if match:
            yield path.stem, match.group(1), chunk


def marks(chunk):
    found = {}
    for mark in MARKS:
        for value in re.findall(r"@" + mark + r"\(\{?([^)}]*)\}?\)", chunk):
            found.setdefault(mark, []).extend(re.findall(r"RuleId\.([A-Z0-9_]+)", value))
    return found


def api_column():
    if not DOC.exists():
        return {}
    kept = {}
    for line in DOC.read_text().splitlines():
        match = re.match(r"\| `([A-Z0-9-]+)` \|", line)
        if match:
            kept[match.group(1)] = line.rstrip().rstrip("|").split("|")[-1].strip()
    return kept


def cell(tests):
    return "<br>".join(f"`{name}`" for name in tests) or "—"


def main():
    catalogue = rules()
    by_rule = {name: {mark: [] for mark in MARKS} for name, _, _ in catalogue}
    codes = {name: set() for name, _, _ in catalogue}
    bad_input = []
    for path in sorted(TESTS.glob("*Test.java")):
        for cls, method, chunk in chunks(path):
            found = marks(chunk)
            for mark, names in found.items():
                for name in names:
                    by_rule[name][mark].append(f"{cls}#{method}")
                    if mark == "Refuses":
                        codes[name].update(CODE.findall(chunk))
            is_test = "@Test" in chunk or "@ParameterizedTest" in chunk
            if cls in ("BadInputTest", "MalformedInputTest") and is_test:
                bad_input.append(f"{cls}#{method}")
    api = api_column()

    out = [
        "# Rules to tests",
        "",
        "Every rule id of [RULES.md](../../shared/design/RULES.md) (the `RuleId` enum) and the",
        "service-level tests that show it. Generated by `python3 docs/rules-to-tests.py` from the",
        "`@Refuses`, `@Holds` and `@Allows` marks on the tests in",
        "`app/control/src/test/java/org/vnicconsole/control/rules/`; `RuleCoverageTest` fails when",
        "a rule lacks an enforced or an allowed test, or when this table misses a marked test.",
        "",
        "- **Refused**: a request breaking the rule is refused; the test asserts the code, the",
        "  HTTP status, `rule()`, a message naming the ids and numbers involved and ending with",
        "  the rule's tag, and that the store is unchanged (vNICs, addresses, EIP bindings,",
        "  instances, VF holders, subnet address counts).",
        "- **Holds**: an invariant of the rule shown holding; for a rule no request can break",
        "  this is how it is shown enforced (see the notes).",
        "- **Allowed**: the allowed case succeeds, with its real effect asserted.",
        "- **Codes**: the error codes the refusal tests assert.",
        "- **API test**: the same rule through the API; filled in with the API tests.",
        "",
        "| Rule | Refused | Holds | Allowed | Codes | API test |",
        "|---|---|---|---|---|---|",
    ]
    section = None
    for name, rule_id, rule_section in catalogue:
        if rule_section != section:
            section = rule_section
            out.append(f"| **{section}** | | | | | |")
        tests = by_rule[name]
        code_cell = "<br>".join(f"`{code}`" for code in sorted(codes[name])) or "—"
        out.append(f"| `{rule_id}` | {cell(tests['Refuses'])} | {cell(tests['Holds'])} | "
                   f"{cell(tests['Allows'])} | {code_cell} | {api.get(rule_id, '')} |")
    out += ["", "## Notes", ""]
    for name, rule_id, _ in catalogue:
        if rule_id in NOTES:
            out.append(textwrap.fill(f"- `{rule_id}`: {NOTES[rule_id]}", width=100,
                                     subsequent_indent="  ", break_on_hyphens=False))
    out += [
        "",
        "## Bad input",
        "",
        "An address outside the subnet or reserved, an unknown id, a negative or out-of-range",
        "count, an overlong or malformed name, a malformed value and a request conflicting with",
        "the current state are each refused with a code, the field at fault and a message naming",
        "the value, and change nothing:",
        "",
    ]
    out += [f"- `{test}`" for test in bad_input]
    out += [
        "",
        "## Properties and model",
        "",
        "- `AddressAllocationPropertiesTest` (jqwik, subnets /24 to /29): assigned addresses are",
        "  inside the subnet, never reserved, held once; refused requests change nothing.",
    ]
    for path in sorted(MODEL_TESTS.rglob("*Test.java")):
        if path.stem != "Zc2SignerTest":
            out.append(f"- `{path.relative_to(ROOT)}`")
    DOC.write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
