package org.passage.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.reports.internal.Tables.texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.reports.CountTable;
import org.passage.reports.CountTable.Chart;
import org.passage.reports.CountTable.Column;
import org.passage.reports.CountTable.Kind;

class SuppressionTests {

    private static List<List<String>> shown(SafeTable t) {
        List<List<String>> all = new ArrayList<>(t.rows().stream().map(Tables::texts).toList());
        if (t.total() != null) {
            all.add(texts(t.total()));
        }
        return all;
    }

    @Test
    void countsOfFiveAndMoreAndZerosAreShownAsTheyAre() {
        var t = Suppression.apply(Tables.list(5, 0, 12));
        assertThat(shown(t)).containsExactly(List.of("5", "29 %"), List.of("0", "0 %"), List.of("12", "71 %"), List.of("17", "100 %"));
        assertThat(t.anySuppressed()).isFalse();
    }

    @Test
    void aSingleSmallCellWithATotalTakesTheNextSmallestWithIt() {
        // 3 alone would be 20 - 7 - 10; hiding the 7 too leaves "<5" + "[c]" = 20 - 10 with several answers
        var t = Suppression.apply(Tables.list(3, 7, 10));
        assertThat(shown(t)).containsExactly(List.of("<5", "[c]"), List.of("[c]", "[c]"), List.of("10", "50 %"), List.of("20", "100 %"));
    }

    @Test
    void aSmallCellBesideAFiveIsNotGivenAwayByTheMarks() {
        // "<5" (1..4) + "[c]" (5 or more) = 6 would pin both (1 and 5): one more cell must go
        var t = Suppression.apply(Tables.list(1, 5, 9, 30));
        assertThat(shown(t).stream().map(r -> r.get(0)).toList()).containsExactly("<5", "[c]", "[c]", "30", "45");
    }

    @Test
    void twoSmallCellsThatWouldAddUpToAKnownPairAreNotLeftAlone() {
        // 1 + 1 = 2 is known from the total: both would be recovered, so a third cell is hidden
        var t = Suppression.apply(Tables.list(1, 1, 6, 20));
        assertThat(shown(t).stream().map(r -> r.get(0)).toList()).containsExactly("<5", "<5", "[c]", "20", "28");
        // 2 + 3 = 5 has several answers (1+4, 2+3, ...) and needs nothing more
        var u = Suppression.apply(Tables.list(2, 3, 6, 20));
        assertThat(shown(u).stream().map(r -> r.get(0)).toList()).containsExactly("<5", "<5", "6", "20", "31");
    }

    @Test
    void whenEveryCellIsSmallTheTotalIsHiddenIfItWouldGiveThemAway() {
        var t = Suppression.apply(Tables.list(4, 4));
        // total 8 = 4 + 4 exactly; no cell left to hide, so the total goes
        assertThat(shown(t)).containsExactly(List.of("<5", "[c]"), List.of("<5", "[c]"), List.of("[c]", "[c]"));
        var small = Suppression.apply(Tables.list(1, 2));
        assertThat(shown(small).get(2)).containsExactly("<5", "[c]");
    }

    @Test
    void aTableOfZerosShowsZerosAndNoPercentages() {
        var t = Suppression.apply(Tables.list(0, 0, 0));
        assertThat(shown(t)).containsExactly(List.of("0", "[c]"), List.of("0", "[c]"), List.of("0", "[c]"), List.of("0", "[c]"));
        assertThat(Tables.list(0, 0).empty()).isTrue();
    }

    @Test
    void aGridHidesSoThatNoRowAndNoColumnGivesASmallCellAway() {
        var t = Suppression.apply(Tables.grid(new long[] {20, 3, 9}, new long[] {15, 8, 30}, new long[] {12, 11, 6}));
        List<List<String>> s = shown(t);
        assertThat(s.get(0).get(1)).isEqualTo("<5");
        // row 0 and column 1 each need a second hidden cell
        assertThat(s.get(0).stream().filter(x -> x.equals("[c]")).count()).isGreaterThanOrEqualTo(1);
        assertThat(s.stream().map(r -> r.get(1)).filter(x -> x.equals("[c]")).count()).isGreaterThanOrEqualTo(1);
        assertNoLineRecovers(t);
    }

    @Test
    void aGridWhoseOnlySmallCellsSitInOneRowStillProtectsTheColumns() {
        var t = Suppression.apply(Tables.grid(new long[] {2, 2, 40}, new long[] {30, 25, 7}, new long[] {9, 14, 50}));
        assertNoLineRecovers(t);
        assertThat(texts(t.rows().get(0)).subList(0, 2)).containsExactly("<5", "<5");
    }

    @Test
    void mediansOfFewerThanFiveCasesAreNotShown() {
        var columns = List.of(new Column("stays", Kind.COUNT), new Column("median", Kind.DAYS));
        var table = new CountTable("time-in-stage", "t", "t", "t", columns, List.of(
                new CountTable.Row("A", null, Arrays.asList(4L, 30L)),
                new CountTable.Row("B", null, Arrays.asList(5L, 12L)),
                new CountTable.Row("C", null, Arrays.asList(9L, null))), Chart.NONE, false, false);
        var t = Suppression.apply(table);
        assertThat(shown(t)).containsExactly(List.of("<5", "n<5"), List.of("5", "12"), List.of("9", "n<5"));
        assertThat(t.total()).isNull();
    }

    @Test
    void aSuppressedFigureCarriesNoValue() {
        var t = Suppression.apply(Tables.list(3, 7, 10));
        assertThat(t.rows().get(0).figures().get(0).value()).isZero();
        assertThat(t.rows().get(1).figures().get(0).value()).isZero();
    }

    @Test
    void randomSmallGridsNeverGiveASuppressedCellAway() {
        var random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            long[][] rows = new long[1 + random.nextInt(5)][1 + random.nextInt(4)];
            for (long[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(12);
                }
            }
            var t = Suppression.apply(Tables.grid(rows));
            if (rows[0].length > 1) {
                assertNoLineRecovers(t);
            }
        }
    }

    /** Brute force: for every line with a shown total, each suppressed cell has two or more values consistent with it. */
    private static void assertNoLineRecovers(SafeTable t) {
        int columns = t.rows().get(0).figures().size() - 1;
        List<List<Figure>> lines = new ArrayList<>();
        List<List<Figure>> all = new ArrayList<>(t.rows().stream().map(SafeTable.Line::figures).toList());
        all.add(t.total().figures());
        lines.addAll(all);
        for (int c = 0; c <= columns; c++) {
            int col = c;
            lines.add(all.stream().map(r -> r.get(col)).toList());
        }
        for (List<Figure> line : lines) {
            Figure total = line.get(line.size() - 1);
            if (!total.isShown()) {
                continue;
            }
            List<Figure> members = line.subList(0, line.size() - 1);
            long hidden = total.value() - members.stream().filter(Figure::isShown).mapToLong(Figure::value).sum();
            List<Figure> suppressed = members.stream().filter(f -> !f.isShown()).toList();
            if (suppressed.isEmpty()) {
                continue;
            }
            for (int i = 0; i < suppressed.size(); i++) {
                long others = 0;
                boolean unbounded = false;
                long othersLow = 0;
                for (int k = 0; k < suppressed.size(); k++) {
                    if (k == i) {
                        continue;
                    }
                    boolean small = suppressed.get(k).status() == Figure.Status.SMALL;
                    othersLow += small ? 1 : 5;
                    others += small ? 4 : 0;
                    unbounded |= !small;
                }
                boolean small = suppressed.get(i).status() == Figure.Status.SMALL;
                long lo = Math.max(small ? 1 : 5, unbounded ? Long.MIN_VALUE : hidden - others);
                long hi = Math.min(small ? 4 : Long.MAX_VALUE, hidden - othersLow);
                assertThat(hi).as("line %s", line.stream().map(Figure::text).toList()).isGreaterThan(lo);
            }
        }
    }
}
