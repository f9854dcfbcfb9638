package dev.chainrule.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Describes the machine a profile ran on, for the report's header: figures mean little without it. */
public final class Machine {

    private Machine() {
    }

    /**
     * Names the processor, the cores the JVM sees, the OS, the JVM and the load average.
     *
     * @return for example {@code AMD EPYC 7B13, 2 cores, Linux 6.1 amd64, OpenJDK 64-Bit Server VM 17.0.15, load 1.2}
     */
    public static String describe() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + (load < 0 ? ""
                : String.format(Locale.ROOT, ", load average %.1f at the end", load));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | SecurityException e) {
            // Not Linux, or not readable: the architecture below still says something.
        }
        return "processor unknown";
    }
}
