package dev.chainrule.processor.ir;

import java.util.List;

/** A statement of the IR: structured control flow, no gotos. */
public sealed interface Stmt permits Stmt.Assign, Stmt.Store, Stmt.If, Stmt.While, Stmt.Break, Stmt.Continue,
        Stmt.Return, Stmt.Accumulate, Stmt.Push, Stmt.Repeat, Stmt.RuntimeCall, Stmt.Evaluate, Stmt.Release,
        Stmt.Each {

    /** The expressions the statement evaluates itself, not those of its nested bodies. */
    default List<Expr> expressions() {
        return List.of();
    }

    /** The bodies nested in the statement: an if's branches; a loop's header, body and update; a replay's body. */
    default List<List<Stmt>> bodies() {
        return List.of();
    }

    /**
     * This statement with its expressions and nested bodies replaced, given in the order of {@link #expressions()}
     * and {@link #bodies()}: the one way a pass rebuilds a statement.
     */
    default Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
        return this;
    }

    /** {@code var = value}. */
    record Assign(Var var, Expr value) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(value);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new Assign(var, expressions.get(0));
        }

    }

    /** {@code target = value}, an array element write. */
    record Store(Expr.Element target, Expr value) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(target, value);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new Store((Expr.Element) expressions.get(0), expressions.get(1));
        }

    }

    /** {@code if (condition) then else otherwise}. */
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(condition);
        }

        @Override
        public List<List<Stmt>> bodies() {
            return List.of(then, otherwise);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new If(expressions.get(0), bodies.get(0), bodies.get(1));
        }

        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /**
     * A loop: {@code header} runs before each test of {@code condition} (it computes what the condition reads), then,
     * while the condition holds, {@code body} and then {@code update} (a {@code for} loop's update, where a
     * {@code continue} of the body goes).
     */
    record While(List<Stmt> header, Expr condition, List<Stmt> body, List<Stmt> update) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(condition);
        }

        @Override
        public List<List<Stmt>> bodies() {
            return List.of(header, body, update);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new While(bodies.get(0), expressions.get(0), bodies.get(1), bodies.get(2));
        }

        public While {
            header = List.copyOf(header);
            body = List.copyOf(body);
            update = List.copyOf(update);
        }
    }

    /** Leaves the innermost loop. */
    record Break() implements Stmt {
    }

    /** Goes on with the update and the next iteration of the innermost loop. */
    record Continue() implements Stmt {
    }

    /**
     * Returns from the function. One value for the primal; value and tangent for a forward-mode function.
     */
    record Return(List<Expr> values) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return values;
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new Return(expressions);
        }

        public Return {
            values = List.copyOf(values);
        }
    }

    /** {@code target += value} ({@code -=} when negated), where target is a variable or an array element. */
    record Accumulate(Expr target, Expr value) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(target, value);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new Accumulate(expressions.get(0), expressions.get(1));
        }

        public Accumulate {
            if (!(target instanceof Expr.Ref) && !(target instanceof Expr.Element)) {
                throw new IllegalArgumentException("cannot accumulate into " + target);
            }
        }
    }

    /** Pushes a value on the reverse-mode tape, to be restored by a {@link Expr.Pop} in the backward sweep. */
    record Push(Expr value) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(value);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new Push(expressions.get(0));
        }

    }

    /**
     * Runs {@code body} {@code times} times: a loop of the backward sweep replaying a recorded trip count. With no
     * {@code step}, {@code counter} counts the iterations down. With a {@code step} (the forward loop's counter update
     * {@code i = i + c}), the forward counter itself runs back, {@code i = i - c}, down to its first value, which
     * {@code counter} holds: one induction variable, as a hand-written backward loop has. That first value is
     * {@code first} when the loop started from a value the backward sweep can evaluate again (then the counter needs
     * no saving at all), else it is worked out from where the counter stopped. {@code times} is null when the counter
     * still holds where the loop stopped.
     */
    record Repeat(Var counter, Expr times, List<Stmt> body, Assign step, Expr first) implements Stmt {
        /** {@code times} and {@code first}, those that are given. */
        @Override
        public List<Expr> expressions() {
            return java.util.stream.Stream.of(times, first).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public List<List<Stmt>> bodies() {
            return List.of(body);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            int next = 0;
            Expr newTimes = times == null ? null : expressions.get(next++);
            Expr newFirst = first == null ? null : expressions.get(next);
            return new Repeat(counter, newTimes, bodies.get(0), step, newFirst);
        }

        public Repeat {
            body = List.copyOf(body);
        }
    }

    /** Evaluates an expression for its effect: a called method's reverse mode, or a pop whose value is not needed. */
    record Evaluate(Expr expr) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(expr);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new Evaluate(expressions.get(0));
        }

    }

    /** {@code tape.release(count)}: gives back the cells the last calls' adjoints went through. */
    record Release(int count) implements Stmt {
    }

    /** A call of a runtime method for its effect: argument checks, adding one array into another. */
    record RuntimeCall(RuntimeOp op, List<Expr> args) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return args;
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new RuntimeCall(op, expressions);
        }

        public RuntimeCall {
            args = List.copyOf(args);
        }
    }

    /**
     * {@code for (int index = 0; index < count; index++) body}: vector forward mode's loop over the directions, whose
     * iterations are independent.
     */
    record Each(Var index, Expr count, List<Stmt> body) implements Stmt {
        @Override
        public List<Expr> expressions() {
            return List.of(count);
        }

        @Override
        public List<List<Stmt>> bodies() {
            return List.of(body);
        }

        @Override
        public Stmt with(List<Expr> expressions, List<List<Stmt>> bodies) {
            return new Each(index, expressions.get(0), bodies.get(0));
        }

        public Each {
            body = List.copyOf(body);
        }
    }
}
