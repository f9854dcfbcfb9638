package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Costs;
import dev.chainrule.runtime.support.ScalarFunction;
import dev.chainrule.runtime.support.VectorFunction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the {@link FunctionProfile} of a function instance, by identity, creating it on first use.
 *
 * <p>Memory stays bounded: profiles are grouped by the function's class (a {@link ClassValue}, which goes away with
 * the class), each class keeps at most {@value #PER_CLASS} profiles and drops the least recently looked up beyond that, and a profile
 * whose function was collected is dropped on the next search. The common case, one instance of a class in use at a
 * time, takes no lock: each class remembers the profile it handed out last.
 */
final class Profiles {

    /** Enough for every instance a program keeps of one generated view; a loop creating one per call overflows it. */
    static final int PER_CLASS = 64;

    private static final ClassValue<OfClass> BY_CLASS = new ClassValue<>() {
        @Override
        protected OfClass computeValue(Class<?> type) {
            return new OfClass(overrides(type, "jvps", "jvpsAt"), overrides(type, "vjps", "vjpsAt"));
        }
    };

    private Profiles() {
    }

    /**
     * Returns the profile of a function.
     *
     * @param f the function
     * @return its profile, the same object on every call while it stays among the class's {@value #PER_CLASS} most
     *         recently used
     */
    static FunctionProfile of(DifferentiableFunction f) {
        return BY_CLASS.get(f.getClass()).of(f);
    }

    /**
     * Whether a class overrides the vector sweep {@code method} of {@link DifferentiableFunction}: directly, or, below
     * the generated views' bases (whose method runs one single sweep per direction unless a subclass supplies the
     * kernel), by declaring {@code kernel}.
     */
    private static boolean overrides(Class<?> type, String method, String kernel) {
        Class<?> owner;
        try {
            owner = type.getMethod(method, double[].class, double[][].class, double[].class, double[][].class)
                    .getDeclaringClass();
        } catch (NoSuchMethodException e) {
            throw new AssertionError("every DifferentiableFunction has " + method, e);
        }
        if (owner == ScalarFunction.class || owner == VectorFunction.class) {
            for (Class<?> c = type; c != owner; c = c.getSuperclass()) {
                if (declares(c, kernel)) {
                    return true;
                }
            }
            return false;
        }
        return owner != DifferentiableFunction.class;
    }

    private static boolean declares(Class<?> type, String method) {
        return java.util.Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method));
    }

    /** The profiles of one class's instances. */
    private static final class OfClass {

        private final boolean overridesJvps;
        private final boolean overridesVjps;
        private final List<FunctionProfile> profiles = new ArrayList<>();
        private volatile FunctionProfile recent;

        OfClass(boolean overridesJvps, boolean overridesVjps) {
            this.overridesJvps = overridesJvps;
            this.overridesVjps = overridesVjps;
        }

        FunctionProfile of(DifferentiableFunction f) {
            FunctionProfile last = recent;
            if (last != null && last.get() == f) {
                return last;
            }
            FunctionProfile found = find(f);
            recent = found;
            return found;
        }

        private synchronized FunctionProfile find(DifferentiableFunction f) {
            for (Iterator<FunctionProfile> i = profiles.iterator(); i.hasNext(); ) {
                FunctionProfile profile = i.next();
                DifferentiableFunction owner = profile.get();
                if (owner == f) {
                    // Least recently used first: an instance in use survives a churn of short-lived ones.
                    i.remove();
                    profiles.add(profile);
                    return profile;
                }
                if (owner == null) {
                    i.remove();
                }
            }
            if (profiles.size() == PER_CLASS) {
                profiles.remove(0);
            }
            FunctionProfile created = new FunctionProfile(f,
                    SweepPrior.of(Objects.requireNonNullElse(f.costs(), Costs.UNKNOWN), overridesJvps,
                            overridesVjps));
            profiles.add(created);
            return created;
        }
    }
}
