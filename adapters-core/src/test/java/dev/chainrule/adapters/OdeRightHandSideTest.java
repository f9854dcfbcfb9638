package dev.chainrule.adapters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdeRightHandSideTest {

    private static final OdeRightHandSide DECAY = OdeRightHandSide.of(t -> new Decay(), List.of("k"),
            new double[] {0.5});

    @Test
    void valueAndJacobianColumnsAtTheBoundParameters() {
        double[] y = {3};
        assertArrayEquals(new double[] {-1.5}, DECAY.derivatives(0.2, y), 0);
        double[][] byState = new double[1][1];
        DECAY.stateJacobian(0.2, y, byState);
        assertArrayEquals(new double[] {-0.5}, byState[0], 0);
        assertArrayEquals(new double[] {-3}, DECAY.parameterColumn(0.2, y, 0), 0);
        assertEquals(1, DECAY.dimension());
        assertEquals(List.of("k"), DECAY.names());
        assertEquals(0, DECAY.indexOf("k"));
        assertEquals(-1, DECAY.indexOf("omega"));
    }

    @Test
    void theValuesAreCopied() {
        double[] values = {0.5};
        OdeRightHandSide rhs = OdeRightHandSide.of(t -> new Decay(), List.of("k"), values);
        values[0] = 7;
        assertArrayEquals(new double[] {-1}, rhs.derivatives(0, new double[] {2}), 0);
    }

    @Test
    void argumentsAreChecked() {
        assertEquals("rightHandSide is null", assertThrows(NullPointerException.class,
                () -> OdeRightHandSide.of(null, List.of("k"), new double[1])).getMessage());
        assertEquals("names is null", assertThrows(NullPointerException.class,
                () -> OdeRightHandSide.of(t -> new Decay(), null, new double[1])).getMessage());
        assertEquals("names[0] is null", assertThrows(NullPointerException.class,
                () -> OdeRightHandSide.of(t -> new Decay(), Arrays.asList((String) null), new double[1]))
                .getMessage());
        assertEquals("the parameters' names must be distinct, but they are [k, k]",
                assertThrows(IllegalArgumentException.class,
                        () -> OdeRightHandSide.of(t -> new Decay(), List.of("k", "k"), new double[2])).getMessage());
        assertEquals("values has length 2, expected 1", assertThrows(IllegalArgumentException.class,
                () -> OdeRightHandSide.of(t -> new Decay(), List.of("k"), new double[2])).getMessage());
        assertEquals("the right-hand side at t = 0.0 maps R^2 -> R^1, but an ODE of 1 states and 0 parameters needs "
                + "R^1 -> R^1 (the state, then the parameters)", assertThrows(IllegalArgumentException.class,
                () -> OdeRightHandSide.of(t -> new Decay(), List.of(), new double[0])).getMessage());
        assertEquals("y has length 2, expected 1", assertThrows(IllegalArgumentException.class,
                () -> DECAY.derivatives(0, new double[2])).getMessage());
        assertEquals("dFdY has 2 rows, expected 1", assertThrows(IllegalArgumentException.class,
                () -> DECAY.stateJacobian(0, new double[1], new double[2][1])).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> DECAY.parameterColumn(0, new double[1], 1));
    }

    @Test
    void viewsChecksScalarViews() {
        assertEquals("objective is null",
                assertThrows(NullPointerException.class, () -> Views.scalar(null, "objective")).getMessage());
        Decay decay = new Decay();
        assertEquals(decay, Views.scalar(decay, "objective"));
    }
}
