package dev.chainrule.corpus;

import java.util.Arrays;
import java.util.Random;

/** The argument generators the cases are written with. */
final class Args {

    private Args() {
    }

    /** A {@code double} uniform in {@code [lo, hi)}. */
    static Arg scalar(double lo, double hi) {
        return random -> uniform(random, lo, hi);
    }

    /** A fixed {@code double}, for a constant of the model. */
    static Arg fixed(double value) {
        return random -> value;
    }

    /** A fixed {@code int}: a size, a count, an index. */
    static Arg integer(int value) {
        return random -> value;
    }

    /** A vector with entries uniform in {@code [lo, hi)}. */
    static Arg vector(int n, double lo, double hi) {
        return random -> vectorOf(random, n, lo, hi);
    }

    /** A vector with entries uniform in {@code [-1, 1)}. */
    static Arg vector(int n) {
        return vector(n, -1, 1);
    }

    /** A matrix with entries uniform in {@code [lo, hi)}. */
    static Arg matrix(int rows, int cols, double lo, double hi) {
        return random -> {
            double[][] m = new double[rows][];
            for (int i = 0; i < rows; i++) {
                m[i] = vectorOf(random, cols, lo, hi);
            }
            return m;
        };
    }

    /** A matrix with entries uniform in {@code [-1, 1)}. */
    static Arg matrix(int rows, int cols) {
        return matrix(rows, cols, -1, 1);
    }

    /** A symmetric positive definite matrix {@code B·Bᵀ + n·I}, well conditioned. */
    static Arg spd(int n) {
        return random -> spdOf(random, n);
    }

    /** A symmetric matrix (not necessarily definite). */
    static Arg symmetric(int n) {
        return random -> {
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    m[i][j] = uniform(random, -1, 1);
                    m[j][i] = m[i][j];
                }
            }
            return m;
        };
    }

    /** A strictly diagonally dominant matrix, for which Jacobi and Gauss–Seidel converge. */
    static Arg diagonallyDominant(int n) {
        return random -> {
            double[][] m = new double[n][];
            for (int i = 0; i < n; i++) {
                m[i] = vectorOf(random, n, -1, 1);
                m[i][i] = n + uniform(random, 1, 2);
            }
            return m;
        };
    }

    /** A lower-triangular matrix with a diagonal in {@code [1, 2)}. */
    static Arg lowerTriangular(int n) {
        return random -> triangular(random, n, true);
    }

    /** An upper-triangular matrix with a diagonal in {@code [1, 2)}. */
    static Arg upperTriangular(int n) {
        return random -> triangular(random, n, false);
    }

    /** A probability vector with every entry at least {@code 0.5 / n}. */
    static Arg probabilities(int n) {
        return random -> {
            double[] p = vectorOf(random, n, 0.5, 1.5);
            double sum = Arrays.stream(p).sum();
            for (int i = 0; i < n; i++) {
                p[i] /= sum;
            }
            return p;
        };
    }

    /** An increasing grid from {@code start} with gaps uniform in {@code [minGap, maxGap)}. */
    static Arg increasing(int n, double start, double minGap, double maxGap) {
        return random -> increasingOf(random, n, start, minGap, maxGap);
    }

    /** Whole numbers in {@code [0, classes)} as {@code double}s (class labels, counts). */
    static Arg whole(int n, int classes) {
        return random -> {
            double[] labels = new double[n];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(classes);
            }
            return labels;
        };
    }

    /** Labels of ±1. */
    static Arg signs(int n) {
        return random -> {
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = random.nextBoolean() ? 1 : -1;
            }
            return s;
        };
    }

    /**
     * Particles on a cubic lattice with spacing 1.2, each moved by up to 0.1 per axis: no two closer than 1, the
     * regime where pair potentials are smooth and moderate.
     */
    static Arg cluster(int particles) {
        return random -> {
            double[] p = new double[3 * particles];
            for (int i = 0; i < particles; i++) {
                p[3 * i] = 1.2 * (i % 2) + uniform(random, -0.1, 0.1);
                p[3 * i + 1] = 1.2 * (i / 2 % 2) + uniform(random, -0.1, 0.1);
                p[3 * i + 2] = 1.2 * (i / 4) + uniform(random, -0.1, 0.1);
            }
            return p;
        };
    }

    static double uniform(Random random, double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    static double[] vectorOf(Random random, int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = uniform(random, lo, hi);
        }
        return v;
    }

    static double[] increasingOf(Random random, int n, double start, double minGap, double maxGap) {
        double[] grid = new double[n];
        grid[0] = start;
        for (int i = 1; i < n; i++) {
            grid[i] = grid[i - 1] + uniform(random, minGap, maxGap);
        }
        return grid;
    }

    static double[][] spdOf(Random random, int n) {
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            b[i] = vectorOf(random, n, -1, 1);
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += b[i][k] * b[j][k];
                }
            }
            a[i][i] += n;
        }
        return a;
    }

    private static double[][] triangular(Random random, int n, boolean lower) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    m[i][j] = uniform(random, 1, 2);
                } else if (lower == j < i) {
                    m[i][j] = uniform(random, -1, 1);
                }
            }
        }
        return m;
    }
}
