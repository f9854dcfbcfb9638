package dev.chainrule.corpus;

import java.util.Random;

/** How one argument of a corpus method is drawn at a random point inside the method's domain. */
@FunctionalInterface
interface Arg {

    /**
     * Draws the argument.
     *
     * @param random the case's seeded generator
     * @return a {@code Double}, {@code Integer}, {@code double[]} or {@code double[][]}
     */
    Object draw(Random random);
}
