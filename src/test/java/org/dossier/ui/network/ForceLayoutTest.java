package org.dossier.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ForceLayoutTest {
    /** Two groups of five, everyone linked within a group, one edge between the groups. */
    private static ForceLayout twoGroups(long seed) {
        List<int[]> edges = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    edges.add(new int[] {g * 5 + i, g * 5 + j, 3});
                }
            }
        }
        edges.add(new int[] {0, 5, 1});
        return layout(10, edges, seed);
    }

    private static ForceLayout layout(int n, List<int[]> edges, long seed) {
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        int[] weights = edges.stream().mapToInt(e -> e[2]).toArray();
        return new ForceLayout(n, from, to, weights, seed);
    }

    /** A random graph like a library's: a few hubs, many entities linked to one or two others. */
    static ForceLayout randomGraph(int n, long seed) {
        Random random = new Random(seed);
        List<int[]> edges = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int hub = random.nextInt(Math.min(i, 12));
            edges.add(new int[] {hub, i, 1 + random.nextInt(6)});
            if (random.nextInt(3) == 0) {
                edges.add(new int[] {random.nextInt(i), i, 1});
            }
        }
        return layout(n, edges, seed);
    }

    private static double[] positions(ForceLayout layout) {
        double[] xy = new double[layout.size() * 2];
        for (int i = 0; i < layout.size(); i++) {
            xy[2 * i] = layout.x(i);
            xy[2 * i + 1] = layout.y(i);
        }
        return xy;
    }

    private static double distance(ForceLayout l, int a, int b) {
        return Math.hypot(l.x(a) - l.x(b), l.y(a) - l.y(b));
    }

    @Test
    void aLibrarySizedGraphSettlesAndThenStaysPut() {
        ForceLayout layout = randomGraph(300, 7);
        int steps = layout.settle(2_000);
        assertTrue(layout.settled(), "settled after " + steps + " steps");
        assertTrue(steps < 2_000, "settled before the step limit: " + steps);
        double[] before = positions(layout);
        assertFalse(layout.step(), "a settled layout takes no further step");
        assertArrayEquals(before, positions(layout));
    }

    @Test
    void theSameSeedGivesTheSameLayoutAndAnotherSeedAnother() {
        ForceLayout a = randomGraph(120, 3);
        ForceLayout b = randomGraph(120, 3);
        a.settle(2_000);
        b.settle(2_000);
        assertArrayEquals(positions(a), positions(b));
        ForceLayout c = randomGraph(120, 3);
        ForceLayout other = layout(c.size(), List.of(new int[] {0, 1, 1}), 4);
        other.settle(2_000);
        assertFalse(java.util.Arrays.equals(positions(a), positions(other)));
    }

    @Test
    void linkedEntitiesEndCloserThanUnlinkedOnes() {
        ForceLayout layout = twoGroups(11);
        layout.settle(2_000);
        double within = 0;
        double between = 0;
        int nWithin = 0;
        int nBetween = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = i + 1; j < 10; j++) {
                if (i / 5 == j / 5) {
                    within += distance(layout, i, j);
                    nWithin++;
                } else {
                    between += distance(layout, i, j);
                    nBetween++;
                }
            }
        }
        assertTrue(within / nWithin * 1.5 < between / nBetween,
                "groups apart: within " + within / nWithin + ", between " + between / nBetween);
    }

    @Test
    void nodesDoNotPileOnEachOther() {
        ForceLayout layout = randomGraph(200, 5);
        layout.settle(2_000);
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < layout.size(); i++) {
            assertTrue(Double.isFinite(layout.x(i)) && Double.isFinite(layout.y(i)));
            for (int j = i + 1; j < layout.size(); j++) {
                closest = Math.min(closest, distance(layout, i, j));
            }
        }
        assertTrue(closest > 0.05, "closest pair " + closest);
    }

    @Test
    void sizedNodesKeepTheirRimsApartEvenWhenHeavyEdgesPullThemTogether() {
        // Two hubs linked by a heavy edge, both pulled by every other node: forces alone put them on each other.
        List<int[]> edges = new ArrayList<>();
        edges.add(new int[] {0, 1, 40});
        for (int i = 2; i < 60; i++) {
            edges.add(new int[] {0, i, 3});
            edges.add(new int[] {1, i, 3});
        }
        ForceLayout layout = layout(60, edges, 9);
        for (int i = 0; i < 60; i++) {
            layout.setRadius(i, i < 2 ? 0.4 : 0.12);
        }
        layout.settle(3_000);
        for (int i = 0; i < 60; i++) {
            for (int j = i + 1; j < 60; j++) {
                double need = (i < 2 ? 0.4 : 0.12) + (j < 2 ? 0.4 : 0.12);
                assertTrue(distance(layout, i, j) > need, i + " and " + j + " overlap: " + distance(layout, i, j));
            }
        }
        assertTrue(distance(layout, 0, 1) >= 0.8 + ForceLayout.GAP - 0.01, "room for the edge between the hubs");
    }

    @Test
    void aPinnedNodeStaysWhereItWasPutAndTheOthersFollow() {
        ForceLayout layout = twoGroups(2);
        layout.settle(2_000);
        double pinX = layout.x(0) + 20;
        double pinY = layout.y(0);
        double farFromPin = Math.hypot(layout.x(1) - pinX, layout.y(1) - pinY);
        layout.pin(0, pinX, pinY);
        layout.reheat();
        assertTrue(layout.step(), "a dragged node wakes the layout");
        layout.settle(2_000);
        assertEquals(pinX, layout.x(0));
        assertEquals(pinY, layout.y(0));
        assertTrue(distance(layout, 1, 0) < farFromPin / 2, "its group moved towards it: " + distance(layout, 1, 0)
                + " of " + farFromPin);
    }

    @Test
    void anEdgeToANodeThatIsNotThereIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> layout(3, List.of(new int[] {0, 3, 1}), 1));
    }
}
