package org.citynet.bench;

/**
 * What one stage of a benchmark cost.
 *
 * @param stage what ran
 * @param wallSeconds elapsed time
 * @param cpuSeconds CPU time of the whole process over the stage, all threads (JIT and GC too)
 * @param peakRssKib the process's peak resident memory so far ({@code VmHWM}), 0 if unknown
 * @param loadAverage the one-minute load average when the stage ended, -1 if unknown
 */
public record StageTiming(
    String stage, double wallSeconds, double cpuSeconds, long peakRssKib, double loadAverage) {}
