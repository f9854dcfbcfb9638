package dev.chainrule.corpus;

import java.util.Random;
import java.util.function.Function;

/**
 * One corpus method under test: where it lives, its name, and how to draw its arguments. Each case draws from its
 * own generator seeded by its name, so a failure reproduces on its own.
 *
 * @param owner the corpus class
 * @param name  the method's name (chainrule gives no two differentiable methods of a class the same name)
 * @param draw  draws all the method's arguments, in declaration order
 */
record Case(Class<?> owner, String name, Function<Random, Object[]> draw) {

    /**
     * A case whose arguments are drawn independently.
     *
     * @param owner the corpus class
     * @param name  the method's name
     * @param args  one generator per parameter
     * @return the case
     */
    static Case of(Class<?> owner, String name, Arg... args) {
        return new Case(owner, name, random -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].draw(random);
            }
            return values;
        });
    }

    /** {@code Physics.lennardJones}, as a test name and a seed. */
    String label() {
        return owner.getSimpleName() + "." + name;
    }

    Random random() {
        return new Random(label().hashCode());
    }

    @Override
    public String toString() {
        return label();
    }
}
