package org.dossier.ui.network;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Steps a {@link ForceLayout} on a daemon thread of its own, so that the FX thread only draws: after
 * each step the positions are published as a fresh array ({@link #positions()}, x and y of node
 * {@code i} at {@code 2i} and {@code 2i + 1}), which the view picks up on its next frame. Drags
 * reach the layout as commands, run between steps. When the layout has settled the thread waits
 * for the next command. Any thread may call the public methods.
 */
final class LayoutRunner implements AutoCloseable {
    private final ForceLayout layout;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile double[] positions;
    private volatile boolean settled;
    private volatile boolean closed;

    LayoutRunner(ForceLayout layout) {
        this.layout = layout;
        this.positions = snapshot();
        this.thread = new Thread(this::run, "dossier-network-layout");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
    }

    /** Starts stepping; returns this. */
    LayoutRunner start() {
        thread.start();
        return this;
    }

    /** The positions after the latest step; a new array each time they change, never written to after. */
    double[] positions() {
        return positions;
    }

    /** True once the layout has settled and no command is waiting. */
    boolean settled() {
        return settled && commands.isEmpty();
    }

    /** Holds node {@code i} at a place (the user drags it) and lets the others move around it. */
    void pin(int i, double x, double y) {
        settled = false;
        commands.add(() -> {
            layout.pin(i, x, y);
            layout.reheat();
        });
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void run() {
        try {
            while (!closed) {
                Runnable command = layout.settled() ? commands.take() : commands.poll();
                while (command != null) {
                    command.run();
                    command = commands.poll();
                }
                boolean moved = layout.step();
                positions = snapshot();
                settled = !moved || layout.settled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: the view moved on to another graph
        }
    }

    private double[] snapshot() {
        double[] xy = new double[layout.size() * 2];
        for (int i = 0; i < layout.size(); i++) {
            xy[2 * i] = layout.x(i);
            xy[2 * i + 1] = layout.y(i);
        }
        return xy;
    }
}
