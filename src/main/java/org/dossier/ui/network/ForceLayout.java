package org.dossier.ui.network;

import java.util.Arrays;
import java.util.Random;

/**
 * A force-directed layout (Fruchterman and Reingold, 1991): every pair of nodes repels, each edge
 * pulls its ends together (more the heavier it is), a weak gravity keeps separate groups in view,
 * and a step length caps how far a node may move. The step adapts as in Yifan Hu's scheme (2005):
 * it grows while the forces keep falling and shrinks when they do not, so the layout settles at a
 * balance of the forces rather than wherever a fixed cooling schedule leaves it.
 * Positions are in layout units (the ideal edge length is 1); the view scales them to fit.
 * The same nodes, edges and seed give the same positions, step for step.
 * <p>Not thread-safe: one thread steps it (see {@link LayoutRunner}).
 */
public final class ForceLayout {
    /** Below this largest move per step (layout units) the layout counts as settled. */
    static final double SETTLED_MOVE = 0.002;
    private static final double START_STEP = 1;
    private static final double SHRINK = 0.9;
    private static final double MIN_STEP = 0.0005;
    private static final double GRAVITY = 1.0;
    /** The room kept between the rims of two nodes, in layout units. */
    static final double GAP = 0.35;

    private final int n;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final double[] edgeStrength;
    private final double[] x;
    private final double[] y;
    private final double[] dx;
    private final double[] dy;
    private final boolean[] pinned;
    private final double[] radius;
    private double stepLength = START_STEP;
    private double energy = Double.MAX_VALUE;
    private int progress;
    private double lastMove = Double.MAX_VALUE;
    private int steps;

    /**
     * @param nodes   how many nodes (numbered from 0)
     * @param from    each edge's first end
     * @param to      each edge's other end
     * @param weights each edge's weight (paragraphs in common, at least 1)
     * @param seed    where the nodes start: the same seed, the same layout
     */
    public ForceLayout(int nodes, int[] from, int[] to, int[] weights, long seed) {
        if (from.length != to.length || from.length != weights.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        this.n = nodes;
        this.edgeFrom = from.clone();
        this.edgeTo = to.clone();
        this.edgeStrength = new double[weights.length];
        for (int e = 0; e < weights.length; e++) {
            if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) {
                throw new IllegalArgumentException("edge " + e + " joins a node that is not there");
            }
            // Heavier edges pull harder, but a hundredfold weight must not crush the rest together.
            edgeStrength[e] = 1 + Math.log(Math.max(1, weights[e]));
        }
        this.x = new double[n];
        this.y = new double[n];
        this.dx = new double[n];
        this.dy = new double[n];
        this.pinned = new boolean[n];
        this.radius = new double[n];
        Random random = new Random(seed);
        double radius = Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            x[i] = (random.nextDouble() - 0.5) * 2 * radius;
            y[i] = (random.nextDouble() - 0.5) * 2 * radius;
        }
    }

    /**
     * Gives node {@code i} a size (its radius, in layout units): nodes then keep apart by their
     * sizes plus {@link #GAP}, so that big nodes do not cover each other or the edge between them.
     */
    public void setRadius(int i, double r) {
        radius[i] = r;
    }

    public int size() {
        return n;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Steps taken since the start (or the last {@link #reheat}). */
    public int steps() {
        return steps;
    }

    /** The largest distance a free node moved in the last step. */
    public double lastMove() {
        return lastMove;
    }

    /** True once nodes barely move (or the step has shrunk to nothing): further steps change little. */
    public boolean settled() {
        return lastMove < SETTLED_MOVE || stepLength <= MIN_STEP;
    }

    /**
     * Starts node {@code i} at a place instead of where the seed put it (the node was already on
     * screen before a filter changed), without holding it there.
     */
    public void place(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
    }

    /** Holds node {@code i} at a place (the user drags it); the others arrange themselves around it. */
    public void pin(int i, double px, double py) {
        pinned[i] = true;
        x[i] = px;
        y[i] = py;
    }

    public void unpin(int i) {
        pinned[i] = false;
    }

    /** Lets the layout move again after a change (a node dragged): a little heat, not a fresh start. */
    public void reheat() {
        stepLength = Math.max(stepLength, START_STEP / 2);
        energy = Double.MAX_VALUE;
        progress = 0;
        lastMove = Double.MAX_VALUE;
        steps = 0;
    }

    /** One step; returns false when the layout has settled (the step then does nothing). */
    public boolean step() {
        if (settled()) {
            return false;
        }
        Arrays.fill(dx, 0);
        Arrays.fill(dy, 0);
        repel();
        attract();
        double[] oldX = x.clone();
        double[] oldY = y.clone();
        double newEnergy = 0;
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                continue;
            }
            // Gravity towards the centre, growing with the distance: islands stay near the rest.
            double fx = dx[i] - GRAVITY * x[i];
            double fy = dy[i] - GRAVITY * y[i];
            double length = Math.hypot(fx, fy);
            newEnergy += length * length;
            if (length > 0) {
                double limited = Math.min(length, stepLength);
                x[i] += fx / length * limited;
                y[i] += fy / length * limited;
            }
        }
        collide();
        double move = 0;
        for (int i = 0; i < n; i++) {
            move = Math.max(move, Math.hypot(x[i] - oldX[i], y[i] - oldY[i]));
        }
        lastMove = move;
        adapt(newEnergy);
        steps++;
        return true;
    }

    /** Runs steps until settled or {@code maxSteps} are taken; returns the steps taken. */
    public int settle(int maxSteps) {
        int taken = 0;
        while (taken < maxSteps && step()) {
            taken++;
        }
        return taken;
    }

    /** Hu's adaptive step: five steps in a row that lowered the energy lengthen it, any other shortens it. */
    private void adapt(double newEnergy) {
        if (newEnergy < energy) {
            if (++progress >= 5) {
                progress = 0;
                stepLength /= SHRINK;
            }
        } else {
            progress = 0;
            stepLength *= SHRINK;
        }
        energy = newEnergy;
    }

    private void repel() {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double d2 = ddx * ddx + ddy * ddy;
                if (d2 < 1e-9) {
                    // Two nodes on the same spot: part them along a direction fixed by their numbers.
                    double angle = (i * 31 + j * 17) % 360 * Math.PI / 180;
                    ddx = Math.cos(angle) * 1e-3;
                    ddy = Math.sin(angle) * 1e-3;
                    d2 = 1e-6;
                }
                // k² / d along the unit vector, d measured between the rims (ForceAtlas2's "prevent
                // overlap"): nodes that would touch push each other away hard.
                double d = Math.sqrt(d2);
                double rim = d - radius[i] - radius[j] - (radius[i] + radius[j] > 0 ? GAP : 0);
                double f = 1 / Math.max(0.05, rim);
                double fx = ddx / d * f;
                double fy = ddy / d * f;
                dx[i] += fx;
                dy[i] += fy;
                dx[j] -= fx;
                dy[j] -= fy;
            }
        }
    }

    /**
     * Parts nodes that overlap (rims nearer than {@link #GAP}), as d3-force's collide does: forces
     * alone let a hub that many edges pull be pulled onto another.
     */
    private void collide() {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double need = radius[i] + radius[j];
                if (need == 0) {
                    continue;
                }
                need += GAP;
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double d = Math.hypot(ddx, ddy);
                if (d >= need) {
                    continue;
                }
                if (d < 1e-9) {
                    ddx = 1e-3 * (1 + i % 7);
                    ddy = 1e-3 * (1 + j % 5);
                    d = Math.hypot(ddx, ddy);
                }
                double push = need - d;
                double shareI = pinned[i] ? 0 : pinned[j] ? 1 : 0.5;
                double shareJ = pinned[j] ? 0 : 1 - shareI;
                x[i] += ddx / d * push * shareI;
                y[i] += ddy / d * push * shareI;
                x[j] -= ddx / d * push * shareJ;
                y[j] -= ddy / d * push * shareJ;
            }
        }
    }

    private void attract() {
        for (int e = 0; e < edgeFrom.length; e++) {
            int a = edgeFrom[e];
            int b = edgeTo[e];
            double ddx = x[a] - x[b];
            double ddy = y[a] - y[b];
            double d = Math.hypot(ddx, ddy);
            // d² / k along the unit vector: dx * d.
            double f = d * edgeStrength[e];
            dx[a] -= ddx * f;
            dy[a] -= ddy * f;
            dx[b] += ddx * f;
            dy[b] += ddy * f;
        }
    }
}
