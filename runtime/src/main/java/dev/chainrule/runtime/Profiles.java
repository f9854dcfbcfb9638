package dev.chainrule.runtime;

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
            return new OfClass(overridesJvps(type));
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

    private static boolean overridesJvps(Class<?> type) {
        Class<?> owner;
        try {
            owner = type.getMethod("jvps", double[].class, double[][].class, double[].class, double[][].class)
                    .getDeclaringClass();
        } catch (NoSuchMethodException e) {
            throw new AssertionError("every DifferentiableFunction has jvps", e);
        }
        if (owner == ScalarFunction.class || owner == VectorFunction.class) {
            // The bases' jvps makes one jvpAt call per direction unless a subclass supplies the kernel jvpsAt.
            for (Class<?> c = type; c != owner; c = c.getSuperclass()) {
                if (declares(c, "jvpsAt")) {
                    return true;
                }
            }
            return false;
        }
        return owner != DifferentiableFunction.class;
    }

    private static boolean declares(Class<?> type, String method) {
        try {
            type.getDeclaredMethod(method, double[].class, double[][].class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The profiles of one class's instances. */
    private static final class OfClass {

        private final boolean overridesJvps;
        private final List<FunctionProfile> profiles = new ArrayList<>();
        private volatile FunctionProfile recent;

        OfClass(boolean overridesJvps) {
            this.overridesJvps = overridesJvps;
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
                    SweepPrior.of(Objects.requireNonNullElse(f.costs(), Costs.UNKNOWN), overridesJvps));
            profiles.add(created);
            return created;
        }
    }
}
