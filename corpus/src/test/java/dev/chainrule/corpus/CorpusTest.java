package dev.chainrule.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.runtime.DifferentiableFunction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus method through every check, at its own seeded random points inside its domain: the value is the
 * plain method's bit for bit, the modes agree, the dot-product identity holds, the Jacobian matches Richardson
 * differences of the plain method, and the Hessian-vector product matches differences of the gradient.
 */
class CorpusTest {

    @TestFactory
    Stream<DynamicNode> everyMethod() {
        return Catalog.all().stream().map(spec -> {
            Points points = new Points(spec);
            return DynamicContainer.dynamicContainer(spec.label(), Stream.of(
                    check("value equals the plain method bit for bit", points, (p, r) -> Checks.values(p)),
                    check("forward and reverse modes agree", points, (p, r) -> Checks.modes(p)),
                    check("dot-product identity", points, Checks::dotProduct),
                    check("Jacobian matches Richardson differences", points, (p, r) -> Checks.differences(p)),
                    check("Hessian-vector product matches differences of the gradient", points,
                            Checks::hessianVector)));
        });
    }

    private static DynamicTest check(String name, Points points, BiFunction<Point, Random, List<String>> check) {
        return DynamicTest.dynamicTest(name, () -> {
            List<String> failures = new ArrayList<>();
            List<Point> all = points.get();
            for (int i = 0; i < all.size(); i++) {
                failures.addAll(check.apply(all.get(i), new Random(31L * points.spec().label().hashCode() + i)));
            }
            assertTrue(failures.isEmpty(), () -> points.spec().label() + ": " + failures.size()
                    + " disagreements, the first:\n  " + String.join("\n  ", failures.subList(0,
                    Math.min(5, failures.size()))));
        });
    }

    /** The catalog covers exactly the methods the processor generated a view for. */
    @Test
    void everyDifferentiableMethodHasACase() {
        TreeSet<String> generated = new TreeSet<>();
        for (Class<?> owner : Catalog.CLASSES) {
            for (Method m : CorpusMethod.derivativesOf(owner).getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getReturnType() == DifferentiableFunction.class) {
                    generated.add(owner.getSimpleName() + "." + m.getName());
                }
            }
        }
        TreeSet<String> cased = new TreeSet<>();
        for (Case c : Catalog.all()) {
            assertTrue(cased.add(c.label()), "two cases for " + c.label());
        }
        assertEquals(generated, cased);
    }

    /** A case's points, drawn once and shared by its checks. */
    private static final class Points {

        private final Case spec;
        private List<Point> points;

        Points(Case spec) {
            this.spec = spec;
        }

        Case spec() {
            return spec;
        }

        List<Point> get() {
            if (points == null) {
                points = Point.of(new CorpusMethod(spec), spec);
            }
            return points;
        }
    }
}
