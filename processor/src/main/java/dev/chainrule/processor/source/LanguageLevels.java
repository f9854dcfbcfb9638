package dev.chainrule.processor.source;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import javax.lang.model.SourceVersion;

/**
 * The JavaParser language level matching the compilation's source version. JavaParser defaults to Java 11, which
 * would reject records, text blocks and {@code var} in lambdas; a javac newer than JavaParser gets JavaParser's newest.
 */
final class LanguageLevels {
    private LanguageLevels() {
    }

    static LanguageLevel of(SourceVersion version) {
        String release = version.name().replace("RELEASE_", "");
        try {
            return LanguageLevel.valueOf("JAVA_" + release);
        } catch (IllegalArgumentException newerThanJavaParser) {
            return newest();
        }
    }

    private static LanguageLevel newest() {
        LanguageLevel newest = LanguageLevel.JAVA_17;
        for (LanguageLevel level : LanguageLevel.values()) {
            if (!level.name().contains("PREVIEW") && level.ordinal() > newest.ordinal()) {
                newest = level;
            }
        }
        return newest;
    }
}
