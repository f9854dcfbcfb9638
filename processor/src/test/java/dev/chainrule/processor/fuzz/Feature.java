package dev.chainrule.processor.fuzz;

/**
 * The constructs of the generator's grammar, as {@link Features} finds them in a program: the test of the generator
 * requires every one of them in a batch of programs, so that no construct silently drops out of the fuzzing.
 */
enum Feature {
    // parameters and results
    DOUBLE_PARAM, VECTOR_PARAM, MATRIX_PARAM, INT_PARAM, LONG_PARAM, NO_DERIVATIVE_PARAM, DOUBLE_RESULT, VECTOR_RESULT,
    // locals
    INT_LOCAL, LONG_LOCAL, BOOLEAN_LOCAL, COUNTER, VECTOR_LOCAL, MATRIX_LOCAL, ARRAY_LITERAL, CLONE, STATIC_TABLE,
    // arrays made in loops and accumulated into
    VECTOR_ALLOCATED_IN_LOOP, MATRIX_ALLOCATED_IN_LOOP, ACCUMULATION_INTO_ARRAY, ACCUMULATION_IN_BRANCH,
    ARRAY_REPLACED_BY_CALL_IN_LOOP,
    // loops
    FOR, FOR_DOWN, FOR_EACH, FOR_EACH_ROW, NESTED_LOOP, WHILE, DO_WHILE, DATA_DEPENDENT_WHILE, DATA_DEPENDENT_BOUND,
    PARAMETER_BOUND,
    // branches and exits
    IF_ELSE, EARLY_RETURN, BREAK, CONTINUE, LABELLED_BREAK, LABELLED_CONTINUE, TERNARY, TERNARY_IN_CONDITION,
    TERNARY_IN_SHORT_CIRCUIT, GUARDED_INDEX, GUARDED_DIVISION, SWITCH_COLON, SWITCH_ARROW, SWITCH_EXPRESSION,
    RETURN_FROM_CASE,
    // calls
    HELPER_DOUBLE, HELPER_VECTOR, HELPER_CALL_IN_LOOP, LIBRARY_DOUBLE, LIBRARY_VECTOR, LIBRARY_CALL_IN_LOOP,
    RECURSIVE_HELPER, RECURSIVE_LIBRARY, STOP_GRADIENT,
    // what the processor declines: writing into a parameter array, aliasing one
    DECLINED_CONSTRUCT,
    // the Math library
    SIN, COS, TAN, ASIN, ACOS, ATAN, ATAN2, SINH, COSH, TANH, EXP, EXPM1, LOG, LOG10, LOG1P, SQRT, CBRT, POW, HYPOT,
    ABS, MIN, MAX, FLOOR, CEIL, RINT, SIGNUM, ROUND, TO_RADIANS, TO_DEGREES, INT_MIN, PI_OR_E, DOUBLE_REMAINDER,
    // integers at the edges
    INT_EDGE_LITERAL, LONG_EDGE_LITERAL, LONG_BEYOND_2_POW_53, LONG_PRODUCT, DIVISION_OF_NEGATIVE,
    REMAINDER_OF_NEGATIVE, CAST_OF_LARGE_DOUBLE, CAST_BETWEEN_INT_AND_LONG, CAST_OF_ACTIVE_VALUE, INTEGER_FACTOR;

    /** The feature of {@code Math.<name>}, or null for a name the grammar does not use. */
    static Feature ofMath(String name) {
        String constant = name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        try {
            return valueOf(constant);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
