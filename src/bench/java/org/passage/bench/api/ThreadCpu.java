package org.passage.bench.api;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The JVM's CPU since this was made, split by who spent it: the benchmark's own HTTP client (its calling threads and
 * the JDK client's selector and worker threads), Tomcat's request threads, the audit's group-commit writer, and the
 * rest (garbage collection, the JIT, Tomcat's poller, threads that ended meanwhile). The client shares the machine
 * with the server, so what it costs is what the server cannot have; a yente client normally runs elsewhere.
 * Garbage collection and the JIT run in threads the JVM does not list: they are the process's CPU that no listed thread
 * accounts for (with that of threads that ended meanwhile).
 */
final class ThreadCpu {

    /** Who spent the CPU, told by the thread's name. */
    enum Spender {
        CLIENT, REQUESTS, AUDIT_WRITER, CONNECTIONS, OTHER_THREADS, OTHER;

        static Spender of(String thread) {
            if (thread.startsWith("HttpClient-") || thread.startsWith("bench-client") || thread.equals("main")) {
                return CLIENT;
            }
            if (thread.startsWith("http-nio-") && thread.contains("-exec-")) {
                return REQUESTS;
            }
            if (thread.startsWith("http-nio-")) {
                return CONNECTIONS; // Tomcat's acceptor and poller
            }
            return thread.equals("audit-group-commit") ? AUDIT_WRITER : OTHER_THREADS;
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long process = os.getProcessCpuTime();
    private final Map<Long, Long> start = perThread();

    /** Milliseconds of CPU per request for each spender; {@link Spender#OTHER} is the process's CPU not in a listed thread's. */
    Map<Spender, Double> perRequest(int requests) {
        Map<Spender, Long> nanos = new EnumMap<>(Spender.class);
        for (Spender s : Spender.values()) {
            nanos.put(s, 0L);
        }
        long counted = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long spent = now - start.getOrDefault(info.getThreadId(), 0L);
            nanos.merge(Spender.of(info.getThreadName()), spent, Long::sum);
            counted += spent;
        }
        nanos.put(Spender.OTHER, Math.max(0, os.getProcessCpuTime() - process - counted));
        Map<Spender, Double> millis = new EnumMap<>(Spender.class);
        nanos.forEach((who, n) -> millis.put(who, n / 1e6 / requests));
        return millis;
    }

    private Map<Long, Long> perThread() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t >= 0) {
                cpu.put(id, t);
            }
        }
        return cpu;
    }
}
