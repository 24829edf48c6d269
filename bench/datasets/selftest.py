"""Tests of the benchmark scorers' matching rules on small made-up inputs (stdlib only, no data).

  python3 bench/datasets/selftest.py
"""
import pathlib
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # keep the repository free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import common  # noqa: E402
import conflicts  # noqa: E402
import measeval  # noqa: E402
import newsquant  # noqa: E402
import tempeval3  # noqa: E402


def rec(start, end, value, kind="number", unit=None, text=""):
    return {"start": start, "end": end, "value": value, "kind": kind, "unit": unit, "text": text}


class DropNested(unittest.TestCase):
    def test_same_value_inside_counts_once(self):
        money = rec(0, 13, "3880000000", "currency", "Dollar")
        number = rec(1, 13, "3880000000")
        kept = common.drop_nested([number, money], key=lambda r: common.numeric_value("recognizers", r))
        self.assertEqual(kept, [money])

    def test_other_value_inside_is_a_second_quantity(self):
        outer = rec(0, 24, {"value": 16369.03, "change": "up"}, "quantity")
        inner = rec(12, 24, {"value": 58.06, "change": "up"}, "quantity")
        kept = common.drop_nested([outer, inner], key=lambda r: common.numeric_value("cqe", r))
        self.assertEqual(len(kept), 2)

    def test_without_key_any_nested_span_goes(self):
        kept = common.drop_nested([rec(0, 10, 1), rec(2, 5, 2), rec(None, None, 3)])
        self.assertEqual([r["value"] for r in kept], [1, 3])


class Values(unittest.TestCase):
    def test_numeric_shapes(self):
        self.assertEqual(common.numeric_value("crosscheck", rec(0, 1, "10/20")), (10.0, 20.0))
        self.assertEqual(common.numeric_value("crosscheck", rec(0, 1, 36.0)), (36.0, 36.0))
        self.assertEqual(common.numeric_value("cqe", rec(0, 1, {"value": {"from": 3, "to": 5}})), (3.0, 5.0))
        self.assertEqual(common.numeric_value("recognizers", rec(0, 1, "36%")), (36.0, 36.0))
        self.assertEqual(common.numeric_value("duckling_rs", rec(0, 1, "Numeral(40000.0)")), (40000.0, 40000.0))
        self.assertIsNone(common.numeric_value("quantulum3", rec(0, 1, None)))

    def test_timex_values(self):
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "1970s", "year")), "197")
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "1900/1999", "year")), "19")
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "1970/1979", "year")), "197")
        self.assertIsNone(common.timex_value("crosscheck", rec(0, 1, "1970/1973", "year")))
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, 17.0, "duration", "years")), "P17Y")
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "1973-09", "date")), "1973-09")
        # Notation only: a Monday-Sunday week, a meteorological season, a vague span, h/m/s.
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "2013-03-18/2013-03-24", "date")),
                         "2013-W12")
        self.assertIsNone(common.timex_value("crosscheck", rec(0, 1, "2013-03-19/2013-03-25", "date")))
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "2013-03-23/2013-03-24", "date")),
                         "2013-W12-WE")
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "2012-06/2012-08", "date")), "2012-SU")
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "2012-12/2013-02", "date")), "2012-WI")
        self.assertIsNone(common.timex_value("crosscheck", rec(0, 1, "2012-01/2012-05", "date")))
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, "1989-07/1989-09", "date")), "1989-Q3")
        vague = dict(rec(0, 1, "3/9", "duration", "days"), approx="vague")
        self.assertEqual(common.timex_value("crosscheck", vague), "PXD")
        self.assertIsNone(common.timex_value("crosscheck", rec(0, 1, "3/9", "duration", "days")))
        self.assertEqual(common.timex_value("crosscheck", rec(0, 1, 11255.0, "duration", "seconds")),
                         "PT3H7M35S")
        self.assertEqual(common.timex_value("duckling_hs", rec(0, 1, "2013-03-11T00:00:00.000+00:00", "time", "week")),
                         "2013-W11")
        self.assertEqual(common.timex_value("recognizers", rec(0, 1, "536112000", "datetimeV2.duration", "duration")),
                         "P17Y")
        self.assertEqual(common.timex_value("recognizers", rec(0, 1, "259200", "datetimeV2.duration", "duration")),
                         "P3D")
        self.assertEqual(common.timex_value("datefinder", rec(0, 1, "1973-09-11T00:00:00", "date")), "1973-09-11")

    def test_prf(self):
        self.assertEqual(common.prf(1, 2, 1, 4), (0.5, 0.25, 2 * 0.5 * 0.25 / 0.75))
        self.assertEqual(common.prf(0, 0, 0, 3), (0.0, 0.0, 0.0))


class NewsQuantMatching(unittest.TestCase):
    def test_range_needs_both_ends(self):
        gold = [["252.0-287.0", "miles", "mile", "="]]
        self.assertEqual(newsquant.match([((252.0, 287.0), "miles", "")], gold, False)[0], 1)
        self.assertEqual(newsquant.match([((252.0, 252.0), "miles", "")], gold, False)[0], 0)

    def test_each_gold_matches_once(self):
        gold = [["11.0", "-", "-", "="]]
        pairs, extra, missed = newsquant.match([((11.0, 11.0), None, ""), ((11.0, 11.0), None, "")], gold, False)
        self.assertEqual((pairs, len(extra), missed), (1, 1, []))

    def test_unit_synonyms(self):
        gold = [["36.0", "percent", "percentage", "="], ["6.0", "$", "dollar", "="], ["3", "years", "year", "="]]
        preds = [((36.0, 36.0), "percent", ""), ((6.0, 6.0), "USD", ""), ((3.0, 3.0), "years", "")]
        self.assertEqual(newsquant.match(preds, gold, True)[0], 3)
        self.assertEqual(newsquant.match([((36.0, 36.0), "USD", "")], gold, True)[0], 0)


class MeasEvalMatching(unittest.TestCase):
    def test_one_wide_prediction_earns_one_pair(self):
        gold = [(0, 6), (11, 19)]
        self.assertEqual(measeval.matched_pairs(gold, [(0, 19)]), 1)
        self.assertEqual(measeval.matched_pairs(gold, [(0, 6), (11, 19), (30, 33)]), 2)

    def test_token_f1(self):
        text = "about 13 kg of salt"
        self.assertEqual(measeval.token_f1((6, 11), (6, 11), text), 1.0)
        self.assertAlmostEqual(measeval.token_f1((6, 11), (0, 11), text), 0.8)


class TempEvalReader(unittest.TestCase):
    def test_tags_stripped_offsets_kept(self):
        tml = ('<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" '
               'functionInDocument="CREATION_TIME">2013-03-22</TIMEX3></DCT><TEXT>Rain fell '
               '<TIMEX3 tid="t1" type="DATE" value="2013-03-21">on Thursday</TIMEX3> for '
               '<TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.</TEXT></TimeML>')
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "doc.tml"
            path.write_text(tml, encoding="utf-8")
            text, dct, gold = tempeval3.timexes(path)
        self.assertEqual(dct, "2013-03-22")
        self.assertEqual([text[s:e] for s, e, _, _ in gold], ["on Thursday", "three hours"])
        self.assertEqual([v for *_, v in gold], ["2013-03-21", "PT3H"])


class ConflictDetection(unittest.TestCase):
    def test_numbers_tell_answers_apart(self):
        self.assertEqual(conflicts.numbers_in("August 21st 1968"), {"m8", "21", "1968"})
        self.assertEqual(conflicts.numbers_in("Nine cities, 5,295 strikes"), {"9", "5295"})
        claim = {"quote": "27 August 1968", "value": "1968-08-27"}
        self.assertEqual(conflicts.claim_numbers(claim), {"27", "m8", "1968"})

    def report(self, verdict):
        a = {"id": "a-1", "source": "a", "quote": "died in 1972", "value": "1972"}
        b = {"id": "b-1", "source": "b", "quote": "15 January 1971", "value": "1971-01-15"}
        return {"topics": [{"key": "death.date", "verdict": verdict, "claims": [a, b]}], "internal_conflicts": []}

    def test_a_conflict_holding_both_answers_is_detected(self):
        self.assertEqual(conflicts.judge_row(self.report("conflict"), False, {"1972"}, {"1971", "15"}), "detected")

    def test_one_topic_judged_compatible_is_not(self):
        self.assertEqual(conflicts.judge_row(self.report("compatible"), False, {"1972"}, {"1971"}), "compatible")

    def test_sides_must_come_from_their_own_source(self):
        self.assertEqual(conflicts.judge_row(self.report("conflict"), False, {"1971"}, {"1972"}), "not extracted")

    def test_one_source_needs_an_internal_conflict(self):
        self.assertEqual(conflicts.judge_row(self.report("conflict"), True, {"1972"}, {"1971"}), "compatible")


if __name__ == "__main__":
    unittest.main()
