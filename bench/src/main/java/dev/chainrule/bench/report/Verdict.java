package dev.chainrule.bench.report;

import java.util.Map;

/**
 * Where a set of measured ratios stands against one of the project's targets: the worst of them against the must and
 * the goal. Worst means largest for a cost ratio and smallest for a speed-up.
 */
final class Verdict {

    private Verdict() {
    }

    /**
     * Judges cost ratios, where lower is better.
     *
     * @param ratios the measured ratios by label
     * @param must   the most the ratio may be
     * @param goal   what we aim for
     * @return for example {@code must met, goal not (worst 2.96 at n=1000)}
     */
    static String atMost(Map<String, Ratio> ratios, double must, double goal) {
        return judge(ratios, must, goal, true);
    }

    /**
     * Judges speed-ups, where higher is better.
     *
     * @param ratios the measured speed-ups by label
     * @param must   the least the speed-up may be
     * @param goal   what we aim for
     * @return for example {@code goal met (worst 3200 at n=1000)}
     */
    static String atLeast(Map<String, Ratio> ratios, double must, double goal) {
        return judge(ratios, must, goal, false);
    }

    private static String judge(Map<String, Ratio> ratios, double must, double goal, boolean lowerIsBetter) {
        if (ratios.isEmpty()) {
            return "not measured in this run";
        }
        String worstLabel = null;
        Ratio worst = null;
        for (Map.Entry<String, Ratio> e : ratios.entrySet()) {
            double v = e.getValue().value();
            if (worst == null || (lowerIsBetter ? v > worst.value() : v < worst.value())) {
                worst = e.getValue();
                worstLabel = e.getKey();
            }
        }
        double w = worst.value();
        String where = " (worst " + Ratio.Numbers.significant(w) + (worstLabel.isEmpty() ? "" : " at " + worstLabel)
                + ")";
        boolean goalMet = lowerIsBetter ? w <= goal : w >= goal;
        boolean mustMet = lowerIsBetter ? w <= must : w >= must;
        if (goalMet) {
            return "goal met" + where;
        }
        if (mustMet) {
            return "must met, goal not" + where;
        }
        double edge = lowerIsBetter ? w - worst.error() : w + worst.error();
        boolean withinError = lowerIsBetter ? edge <= must : edge >= must;
        return (withinError ? "**at the must within the error, not clearly met**" : "**behind the must**") + where;
    }
}
