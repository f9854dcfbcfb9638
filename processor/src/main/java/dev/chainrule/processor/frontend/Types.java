package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.chainrule.processor.ir.Type;
import java.util.Optional;

/** The IR type of a declared Java type, or empty for a type chainrule does not handle. */
final class Types {
    private Types() {
    }

    static Optional<Type> of(com.github.javaparser.ast.type.Type type) {
        if (type.isPrimitiveType()) {
            return switch (type.asPrimitiveType().getType()) {
                case DOUBLE -> Optional.of(Type.DOUBLE);
                case INT -> Optional.of(Type.INT);
                case LONG -> Optional.of(Type.LONG);
                case BOOLEAN -> Optional.of(Type.BOOLEAN);
                default -> Optional.empty();
            };
        }
        if (type.isArrayType()) {
            ArrayType array = type.asArrayType();
            com.github.javaparser.ast.type.Type element = array.getElementType();
            boolean ofDouble = element.isPrimitiveType()
                    && element.asPrimitiveType().getType() == PrimitiveType.Primitive.DOUBLE;
            if (ofDouble && array.getArrayLevel() == 1) {
                return Optional.of(Type.DOUBLE_ARRAY);
            }
            if (ofDouble && array.getArrayLevel() == 2) {
                return Optional.of(Type.DOUBLE_MATRIX);
            }
        }
        return Optional.empty();
    }
}
