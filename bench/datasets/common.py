"""What each system's JSONL records mean, for the dataset scorers (stdlib only).

Every system writes the peer format of ../shared/peers/README.md, but each names its kinds and
writes its values its own way. This module decides, per system, which records are temporal
expressions and which are numeric quantities, and reads their values into one shape, so that the
scorers compare like with like. Each system is scored only on what it claims to extract: the
date-only peers are not scored on quantities, the quantity-only peers not on dates.
"""
import datetime
import json
import math
import pathlib
import re

TEMPORAL_SYSTEMS = ["crosscheck", "heideltime", "duckling_hs", "duckling_rs", "recognizers",
                    "dateparser", "datefinder"]
NUMERIC_SYSTEMS = ["crosscheck", "cqe", "quantulum3", "recognizers", "duckling_hs", "duckling_rs"]

NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def load(path):
    """Records of one JSONL file, or [] if the system wrote none."""
    path = pathlib.Path(path)
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def systems_in(pred_dir, wanted):
    """Systems (in `wanted` order) that have an output folder under pred_dir."""
    return [s for s in wanted if (pathlib.Path(pred_dir) / s).is_dir()]


# ---------------------------------------------------------------- temporal records

def is_temporal(system, rec):
    kind = str(rec.get("kind") or "")
    if system == "crosscheck":
        return kind in ("date", "year", "duration")
    if system == "heideltime":
        return True
    if system == "duckling_hs":
        return kind in ("time", "duration")
    if system == "duckling_rs":
        return kind in ("Time", "Duration")
    if system == "recognizers":
        return kind.startswith("datetimeV2")
    if system in ("dateparser", "datefinder"):
        return True
    return False


DURATION_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE"}
TIME_UNITS = {"hour": "H", "minute": "M", "second": "S"}


def duration_value(number, unit):
    """TIMEX3 duration value (P17Y, PT3H) for a number and a unit name, or None."""
    if number is None or unit is None:
        return None
    unit = unit.lower().rstrip("s")
    n = int(number) if float(number).is_integer() else number
    if unit in DURATION_UNITS:
        code = DURATION_UNITS[unit]
        if code == "DE":
            return f"P{n * 10}Y" if isinstance(n, int) else None
        if code == "CE":
            return f"P{n * 100}Y" if isinstance(n, int) else None
        return f"P{n}{code}"
    if unit in TIME_UNITS:
        return f"PT{n}{TIME_UNITS[unit]}"
    return None


def vague_duration_value(unit):
    """TIMEX3 value of an unspecified number of a unit (PXD, PXY, PTXH), or None."""
    unit = str(unit or "").lower().rstrip("s")
    if unit in DURATION_UNITS:
        return f"PX{DURATION_UNITS[unit]}"
    if unit in TIME_UNITS:
        return f"PTX{TIME_UNITS[unit]}"
    return None


def iso_by_grain(stamp, grain):
    """Cut an ISO timestamp to the precision its grain gives (year -> 1973, month -> 1973-09)."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", str(stamp))
    if not m:
        return None
    y, mo, d, hh, mm = m.groups()
    grain = (grain or "day").lower()
    if grain == "year":
        return y
    if grain == "quarter":
        return f"{y}-Q{(int(mo) - 1) // 3 + 1}"
    if grain == "month":
        return f"{y}-{mo}"
    if grain == "week":
        iso = datetime.date(int(y), int(mo), int(d)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if grain in ("hour", "minute", "second") and hh is not None:
        return f"{y}-{mo}-{d}T{hh}:{mm}"
    return f"{y}-{mo}-{d}"


SECONDS = [(31536000, "P{}Y"), (2592000, "P{}M"), (604800, "P{}W"), (86400, "P{}D"),
           (3600, "PT{}H"), (60, "PT{}M"), (1, "PT{}S")]


def _iso_week(text):
    """crosscheck writes a week as its Monday and Sunday (2013-03-18/2013-03-24): TIMEX3's
    2013-W12; a weekend as its Saturday and Sunday: 2013-W12-WE. Any other range is neither."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        a = datetime.date(*map(int, m.groups()[:3]))
        b = datetime.date(*map(int, m.groups()[3:]))
    except ValueError:
        return None
    year, week, _ = a.isocalendar()
    if a.weekday() == 5 and (b - a).days == 1:
        return f"{year}-W{week:02d}-WE"
    if a.weekday() != 0 or (b - a).days != 6:
        return None
    return f"{year}-W{week:02d}"


def _season(text):
    """crosscheck writes a season as its three meteorological months (2012-06/2012-08):
    TIMEX3's 2012-SU (winter by the year of its December); a quarter likewise (2012-Q3)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", text)
    if not m:
        return None
    y1, m1, y2, m2 = map(int, m.groups())
    codes = {(3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI",
             (1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4"}
    code = codes.get((m1, m2))
    if code is None or y2 != (y1 + 1 if m1 == 12 else y1):
        return None
    return f"{y1:04d}-{code}"


def same_timex(a, b):
    """Two TIMEX3 values name the same thing: equal, or equal once decades and centuries are
    counted in years (P1DE = P10Y, P2CE = P200Y), which TIMEX3 allows both ways. For every
    system alike."""
    def years(v):
        m = re.fullmatch(r"P(\d+)(DE|CE)", str(v))
        if m:
            return f"P{int(m.group(1)) * (10 if m.group(2) == 'DE' else 100)}Y"
        return v
    return a is not None and b is not None and years(a) == years(b)


def timex_value(system, rec):
    """The record's value written as a TIMEX3 value (1973-09-11, 1973, P17Y), or None."""
    v, unit, kind = rec.get("value"), rec.get("unit"), str(rec.get("kind") or "")
    if system == "crosscheck":
        text = str(v)
        if kind == "duration":
            # A vague span ("several days" = 3/9 days, "recent weeks" = 2/9) is TIMEX3's
            # unspecified count of that unit, PXD / PXW.
            if rec.get("approx") == "vague" and re.fullmatch(r"\d+(\.\d+)?/\d+(\.\d+)?", text):
                return vague_duration_value(unit)
            # Hours, minutes and seconds ("3:07:35" = 11255 seconds) as TIMEX3 writes them.
            if str(unit).lower() == "seconds" and _float(v) is not None and float(v).is_integer():
                n = int(float(v))
                h, m, sec = n // 3600, n // 60 % 60, n % 60
                parts = [f"{x}{u}" for x, u in ((h, "H"), (m, "M"), (sec, "S")) if x]
                return "PT" + "".join(parts) if parts else None
            return duration_value(_float(v), unit)
        week = _iso_week(text)
        if week:
            return week
        season = _season(text)
        if season:
            return season
        if re.fullmatch(r"\d{3}0s", text):
            return text[:3]
        # A whole decade or century written as a year range is the same interval as TIMEX3's
        # "197" or "19".
        m = re.fullmatch(r"(\d{2})00/(\d{2})99", text)
        if m and m.group(1) == m.group(2):
            return m.group(1)
        m = re.fullmatch(r"(\d{3})0/(\d{3})9", text)
        if m and m.group(1) == m.group(2):
            return m.group(1)
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
            return text
        if isinstance(v, (int, float)) and kind == "year":
            return str(int(v))
        return None
    if system == "heideltime":
        return v
    if system == "duckling_hs":
        if kind == "duration":
            return duration_value(_float(v), unit)
        return iso_by_grain(v, unit) if isinstance(v, str) else None
    if system == "duckling_rs":
        text = str(v)
        if kind == "Duration":
            m = re.search(r"value: (\d+(?:\.\d+)?), grain: (\w+)", text) or \
                re.search(r"(\d+(?:\.\d+)?)\D+?(Year|Month|Week|Day|Hour|Minute|Second)", text)
            return duration_value(_float(m.group(1)), m.group(2)) if m else None
        m = re.search(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})[^}]*?grain: (\w+)", text)
        return iso_by_grain(m.group(1), m.group(2)) if m else None
    if system == "recognizers":
        if unit == "duration":
            seconds = _float(v)
            if seconds:
                for size, pattern in SECONDS:
                    if seconds % size == 0:
                        return pattern.format(int(seconds // size))
            return None
        if isinstance(v, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v):
            return v
        return None
    if system in ("dateparser", "datefinder"):
        return iso_by_grain(v, "day") if isinstance(v, str) else None
    return None


# ---------------------------------------------------------------- numeric records

def is_numeric(system, rec):
    kind = str(rec.get("kind") or "")
    if system == "crosscheck":
        return kind in ("percent", "count", "money", "quantity", "duration")
    if system in ("cqe", "quantulum3"):
        return True
    if system == "recognizers":
        return not kind.startswith("datetimeV2") and kind not in ("ordinal",)
    if system == "duckling_hs":
        return kind not in ("time", "ordinal")
    if system == "duckling_rs":
        return kind not in ("Time", "Ordinal")
    return False


def _float(x):
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def numeric_value(system, rec):
    """(low, high) of the record's value (low == high for a single value), or None."""
    v = rec.get("value")
    if system == "cqe" and isinstance(v, dict):
        v = v.get("value")
    if system == "quantulum3" and isinstance(v, dict):
        v = v.get("value")
    if isinstance(v, dict):  # {"from", "to"} intervals (CQE ranges, Duckling intervals)
        lo, hi = _float(v.get("from")), _float(v.get("to"))
        if lo is None and hi is None:
            return None
        return (lo if lo is not None else hi, hi if hi is not None else lo)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (float(v), float(v))
    if isinstance(v, str):
        text = v.replace(",", "")
        if system == "crosscheck" and "/" in text:
            parts = [_float(p) for p in text.split("/")]
            if len(parts) == 2 and None not in parts:
                return (parts[0], parts[1])
            return None
        if system == "duckling_rs":
            if "Interval" in text or "Between" in text:
                nums = [float(n) for n in NUMBER.findall(text)]
                return (nums[0], nums[1]) if len(nums) >= 2 else None
            nums = NUMBER.findall(text)
            return (float(nums[0]), float(nums[0])) if nums else None
        nums = NUMBER.findall(text)
        if len(nums) == 1:
            return (float(nums[0]), float(nums[0]))
        if len(nums) == 2 and system == "recognizers":  # number ranges such as "[10,20)"
            return (float(nums[0]), float(nums[1]))
    return None


def drop_nested(recs, key=None):
    """Drop records whose span lies inside another kept record's span, and exact duplicates.

    Without `key`, any nested record goes (TIMEX3 spans do not nest). With `key`, a nested record
    goes only when its key (its value) equals the outer one's: a peer that reports '3.88 billion'
    as a number inside '$3.88 billion' as money has found one quantity, not two, while '58.06
    points' inside '16369.03 up 58.06 points' is a second quantity. Records without offsets stay."""
    with_span = [r for r in recs if r.get("start") is not None and r.get("end") is not None]
    without = [r for r in recs if r.get("start") is None or r.get("end") is None]
    with_span.sort(key=lambda r: (r["start"], -(r["end"] - r["start"])))
    kept = []
    for r in with_span:
        if any(k["start"] <= r["start"] and r["end"] <= k["end"] and (key is None or key(k) == key(r))
               for k in kept):
            continue
        kept.append(r)
    return kept + without


def prf(tp_pred, n_pred, tp_gold, n_gold):
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def print_table(title, header, rows):
    print(title)
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = "  ".join("{:<%d}" % w if i == 0 else "{:>%d}" % w for i, w in enumerate(widths))
    print(fmt.format(*header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt.format(*row))
    print()
