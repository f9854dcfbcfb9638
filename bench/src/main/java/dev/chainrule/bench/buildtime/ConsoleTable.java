package dev.chainrule.bench.buildtime;

import java.util.List;
import java.util.Locale;

/** The table the benchmark prints: times cold and warm by both clocks, then the sizes. */
final class ConsoleTable {

    private final BuildTimeFigures figures;
    private final BuildTime.Options options;
    private final StringBuilder text = new StringBuilder();

    ConsoleTable(BuildTimeFigures figures, BuildTime.Options options) {
        this.figures = figures;
        this.options = options;
    }

    String render() {
        BuildTimeFigures f = figures;
        line("");
        line(String.format(Locale.ROOT, "chainrule build time on the corpus: %d @Differentiable methods in %d files, "
                + "%,d lines (%,d code lines)", f.methods(), f.classes(), f.source().lines(), f.source().codeLines()));
        line("Machine: " + f.machine());
        line("javac in-process, options " + String.join(" ", Javac.OPTIONS) + "; medians; CPU = the compiling "
                + "thread's CPU time");
        line("");
        row("", "cold: a fresh JVM each (" + options.cold() + ")", "warm: one JVM (" + options.warm() + " after "
                + options.warmup() + ")");
        row("", "   wall ms      CPU ms", "   wall ms      CPU ms");
        for (Variant v : Variant.values()) {
            row(v.label(), ms(f.cold().of(v)), ms(f.warm().of(v)));
        }
        row("inside the processor (init + process)", ms(f.cold().processor()), ms(f.warm().processor()));
        row("processor ms per method, measured inside", perMethod(f.cold(), true), perMethod(f.warm(), true));
        row("  (with - without - generated) / methods", perMethod(f.cold(), false), perMethod(f.warm(), false));
        line("");
        line(String.format(Locale.ROOT, "generated Java: %,d lines for the corpus's %,d: %.1f per line "
                + "(code lines %,d for %,d: %.1f)", f.generated().lines(), f.source().lines(), f.linesRatio(),
                f.generated().codeLines(), f.source().codeLines(), f.codeLinesRatio()));
        line(String.format(Locale.ROOT, "class files (-g): generated %,d bytes, the corpus's own %,d: %.1fx "
                + "(target <= 10x, goal <= 5x)", f.generated().bytes(), f.source().bytes(), f.bytesRatio()));
        line(String.format(Locale.ROOT, "processor per method, cold, CPU: %.1f ms (target <= 10 ms, goal <= 5 ms)",
                f.cold().processorPerMethod(f.methods(), true)));
        line("");
        return text.toString();
    }

    private String perMethod(Timings t, boolean inside) {
        int n = figures.methods();
        return inside ? pair(t.processorPerMethod(n, false), t.processorPerMethod(n, true))
                : pair(t.differencePerMethod(n, false), t.differencePerMethod(n, true));
    }

    private static String ms(List<Sample> samples) {
        return pair(Timings.median(samples, false), Timings.median(samples, true));
    }

    private static String pair(double wall, double cpu) {
        return String.format(Locale.ROOT, "%10.1f  %10.1f", wall, cpu);
    }

    private void row(String label, String cold, String warm) {
        line(String.format(Locale.ROOT, "%-42s %-30s %-30s", label, cold, warm));
    }

    private void line(String s) {
        text.append(s).append('\n');
    }
}
