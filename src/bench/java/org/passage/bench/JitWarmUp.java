package org.passage.bench;

import java.lang.management.ManagementFactory;

/**
 * Repeats a benchmark's warm-up pass until the JIT compiler is quiet. A server answers with compiled code after its
 * first minutes; on two cores a compiler still at work takes one of them, so a bench timed before that measures the
 * compiler, not the code.
 */
public final class JitWarmUp {

    /** A pass that spent under this share of its time compiling: the hot paths are compiled. */
    private static final double QUIET = 0.02;

    /** One warm-up pass; {@code index} counts the passes from 0. */
    @FunctionalInterface
    public interface Pass {
        void run(int index) throws Exception;
    }

    /** How many passes ran, and the share of the last one's time the JIT spent compiling. */
    public record Done(int passes, double compiling) {
    }

    private JitWarmUp() {
    }

    public static Done untilQuiet(int maxPasses, Pass pass) throws Exception {
        var compiler = ManagementFactory.getCompilationMXBean();
        int passes = 0;
        double compiling;
        do {
            long compiled = compiler.getTotalCompilationTime();
            long start = System.nanoTime();
            pass.run(passes);
            compiling = (compiler.getTotalCompilationTime() - compiled) / ((System.nanoTime() - start) / 1e6);
            passes++;
        } while (compiling > QUIET && passes < maxPasses);
        return new Done(passes, compiling);
    }
}
