package dev.chainrule.runtime.trace;

import dev.chainrule.runtime.Partials;

/**
 * The primitives a tape records, one constant per operation of the processor's rule table, plus the three leaves
 * ({@link #INPUT}, {@link #CONST}, {@link #DATA}). Each constant evaluates its primitive and its partial
 * derivatives; every library partial is a call to {@link Partials}, so the formulas and the policy at non-smooth
 * points are the ones generated code uses. The interpreter calls these methods through the constant; compiled tapes
 * call the same methods with the constant as a known receiver, which the JIT inlines, so both engines run one
 * definition. (The one exception is the value of Java's operators {@code + - * / %} and negation, which compiled
 * tapes compute with the JVM instruction that defines them.)
 *
 * <p>An argument's partial has a {@link Kind}: the linear and bilinear ones (1, -1, the other argument) are data
 * that the compiler turns into a plain add, negation or multiplication; {@link Kind#CALL} partials are computed by
 * {@link #partial0} and {@link #partial1}.
 */
enum Op {
    /** Leaf: {@code x[arg0]}. */
    INPUT(false),
    /** Leaf: {@code constants[arg0]}. */
    CONST(false),
    /** Leaf: {@code data[arg0]}, a value read at every call that carries no derivative. */
    DATA(false),

    // d(a + b) = da + db
    ADD(false, Kind.ONE, Kind.ONE) {
        @Override
        double value(double a, double b) {
            return a + b;
        }
    },
    // d(a - b) = da - db
    SUB(false, Kind.ONE, Kind.MINUS_ONE) {
        @Override
        double value(double a, double b) {
            return a - b;
        }
    },
    // d(a * b) = b da + a db
    MUL(false, Kind.OTHER, Kind.OTHER) {
        @Override
        double value(double a, double b) {
            return a * b;
        }
    },
    // d(a / b) = da / b - (r / b) db, r = a / b
    DIV(false, Kind.CALL, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return a / b;
        }

        @Override
        double partial0(double a, double b, double r) {
            return 1 / b;
        }

        @Override
        double partial1(double a, double b, double r) {
            return -(r / b);
        }
    },
    // d(a % b) = da - trunc(a / b) db
    REM(false, Kind.ONE, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return a % b;
        }

        @Override
        double partial1(double a, double b, double r) {
            return Partials.remainderDivisor(a, b, r);
        }
    },
    // d(-a) = -da
    NEG(false, Kind.MINUS_ONE) {
        @Override
        double value(double a, double b) {
            return -a;
        }
    },
    SIN(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.sin(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.sin(a, r);
        }
    },
    COS(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.cos(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.cos(a, r);
        }
    },
    TAN(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.tan(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.tan(a, r);
        }
    },
    ASIN(true, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.asin(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.asin(a, r);
        }
    },
    ACOS(true, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.acos(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.acos(a, r);
        }
    },
    ATAN(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.atan(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.atan(a, r);
        }
    },
    SINH(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.sinh(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.sinh(a, r);
        }
    },
    COSH(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.cosh(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.cosh(a, r);
        }
    },
    TANH(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.tanh(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.tanh(a, r);
        }
    },
    EXP(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.exp(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.exp(a, r);
        }
    },
    EXPM1(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.expm1(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.expm1(a, r);
        }
    },
    LOG(true, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.log(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.log(a, r);
        }
    },
    LOG10(true, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.log10(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.log10(a, r);
        }
    },
    LOG1P(true, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.log1p(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.log1p(a, r);
        }
    },
    SQRT(true, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.sqrt(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.sqrt(a, r);
        }
    },
    CBRT(true, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.cbrt(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.cbrt(a, r);
        }
    },
    ABS(false, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.abs(a);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.abs(a, r);
        }
    },
    ATAN2(false, Kind.CALL, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.atan2(a, b);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.atan2Y(a, b, r);
        }

        @Override
        double partial1(double a, double b, double r) {
            return Partials.atan2X(a, b, r);
        }
    },
    POW(true, Kind.CALL, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.pow(a, b);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.powBase(a, b, r);
        }

        @Override
        double partial1(double a, double b, double r) {
            return Partials.powExponent(a, b, r);
        }
    },
    HYPOT(false, Kind.CALL, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.hypot(a, b);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.hypotX(a, b, r);
        }

        @Override
        double partial1(double a, double b, double r) {
            return Partials.hypotY(a, b, r);
        }
    },
    MIN(false, Kind.CALL, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.min(a, b);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.minFirst(a, b, r);
        }

        @Override
        double partial1(double a, double b, double r) {
            return Partials.minSecond(a, b, r);
        }
    },
    MAX(false, Kind.CALL, Kind.CALL) {
        @Override
        double value(double a, double b) {
            return Math.max(a, b);
        }

        @Override
        double partial0(double a, double b, double r) {
            return Partials.maxFirst(a, b, r);
        }

        @Override
        double partial1(double a, double b, double r) {
            return Partials.maxSecond(a, b, r);
        }
    };

    /** How the partial derivative with respect to one argument is obtained. */
    enum Kind {
        /** The partial is 1: the seed passes through. */
        ONE,
        /** The partial is -1: the seed passes through negated. */
        MINUS_ONE,
        /** The partial is the other argument's value (a product). */
        OTHER,
        /** The partial is computed by {@link #partial0} or {@link #partial1}. */
        CALL
    }

    /** Every constant by its ordinal, the op code a tape stores. */
    static final Op[] BY_CODE = values();

    private final boolean unbounded;
    private final Kind[] kinds;

    Op(boolean unbounded, Kind... kinds) {
        this.unbounded = unbounded;
        this.kinds = kinds;
    }

    /** The number of arguments: 0 for the leaves, 1 or 2 for primitives. */
    int arity() {
        return kinds.length;
    }

    /** Whether this is a leaf ({@link #INPUT}, {@link #CONST}, {@link #DATA}), a node with no arguments. */
    boolean isLeaf() {
        return kinds.length == 0;
    }

    /** How the partial with respect to argument {@code j} is obtained. */
    Kind kind(int j) {
        return kinds[j];
    }

    /**
     * Whether a partial of this primitive may be infinite at finite arguments, so that it must meet its seed through
     * {@link Partials#chain} (the same list as the processor's rule table).
     */
    boolean unbounded() {
        return unbounded;
    }

    /**
     * Evaluates the primitive.
     *
     * @param a the first argument
     * @param b the second argument, 0 for a unary primitive
     * @return the result
     */
    double value(double a, double b) {
        throw new UnsupportedOperationException(this + " is a leaf");
    }

    /** The partial with respect to the first argument, for a {@link Kind#CALL} partial. */
    double partial0(double a, double b, double r) {
        throw new UnsupportedOperationException(this + " has no computed first partial");
    }

    /** The partial with respect to the second argument, for a {@link Kind#CALL} partial. */
    double partial1(double a, double b, double r) {
        throw new UnsupportedOperationException(this + " has no computed second partial");
    }

    /**
     * The partial with respect to argument {@code j}, whatever its kind: what the interpreter multiplies seeds by.
     *
     * @param j which argument, 0 or 1
     * @param a the first argument's value
     * @param b the second argument's value (0 for a unary primitive)
     * @param r the result
     * @return the partial derivative
     */
    double partial(int j, double a, double b, double r) {
        switch (kinds[j]) {
            case ONE:
                return 1;
            case MINUS_ONE:
                return -1;
            case OTHER:
                return j == 0 ? b : a;
            default:
                return j == 0 ? partial0(a, b, r) : partial1(a, b, r);
        }
    }
}
