package dev.chainrule.processor.opt;

import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Var;

/**
 * A general rewrite of generated code, applied alike to every mode's function. A pass keeps the values of the user's
 * own computation bit for bit (only rewrites that change no rounding touch them), while derivative values
 * ({@link Var#isDerivative()}: tangents, adjoints, partials) may be computed in any order the floating-point policy
 * allows.
 */
interface Pass {
    Function apply(Function function);
}
