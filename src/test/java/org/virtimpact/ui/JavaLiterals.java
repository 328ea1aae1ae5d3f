package org.virtimpact.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, each with the code of its statement before it, read by a
 * small scanner rather than a parser: enough to tell a word meant for a person from a key, an id
 * or an exception's message. Comments are skipped, so a {@code "quoted"} example in Javadoc is not
 * taken for code.
 */
final class JavaLiterals {

    /** A literal as written (escapes kept), its line, and its statement's code up to it. */
    record Literal(String text, int line, String before, String statement) {
    }

    private JavaLiterals() {
    }

    static List<Literal> of(String source) {
        List<Literal> found = new ArrayList<>();
        List<Literal> pending = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                line += count(source, i, end, '\n');
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i, c);
                if (c == '"') {
                    pending.add(new Literal(source.substring(i + 1, end), line, statement.toString(), ""));
                }
                statement.append(source, i, end + 1);
                i = end + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                statement.append(c);
                if (c == ';' || c == '{' || c == '}') {
                    String code = statement.toString();
                    pending.forEach(l -> found.add(new Literal(l.text(), l.line(), l.before(), code)));
                    pending.clear();
                    statement.setLength(0);
                }
                i++;
            }
        }
        return found;
    }

    private static int closing(String source, int open, char quote) {
        int i = open + 1;
        while (source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static int count(String source, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += source.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
