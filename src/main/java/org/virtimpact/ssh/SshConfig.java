package org.virtimpact.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenSSH client config file ({@code ~/.ssh/config}) read the way {@code ssh} reads it: the first
 * value found for a keyword wins, {@code IdentityFile} accumulates, {@code Host} patterns take
 * {@code *}, {@code ?} and {@code !}, and {@code Include} pulls in other files. JSch's own parser
 * misreads {@code Keyword = value} and knows no Include, hence this one. {@code Match} blocks
 * (other than {@code Match all}) depend on facts only ssh knows, so their lines are skipped.
 */
final class SshConfig {

    private static final Pattern LINE = Pattern.compile("([^\\s=]+)\\s*(?:=\\s*|\\s)\\s*(.*)");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final int MAX_INCLUDE_DEPTH = 16;
    private static final List<String> ACCUMULATING = List.of("identityfile", "certificatefile");

    /** One keyword line with the Host patterns it is under; null patterns apply to every host. */
    private record Entry(List<String> patterns, String keyword, List<String> args) {
    }

    private final Path file;
    private final List<Entry> entries;

    private SshConfig(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
    }

    /** A config with no entries, for a user who has no {@code ~/.ssh/config}. */
    static SshConfig empty(Path file) {
        return new SshConfig(file, List.of());
    }

    /**
     * Reads {@code file}; relative Include paths are taken from {@code sshDir}, as ssh does for a
     * user's config.
     *
     * @throws NoSuchFileException when {@code file} does not exist
     */
    static SshConfig parse(Path file, Path sshDir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        read(file, sshDir, null, entries, 0);
        return new SshConfig(file, entries);
    }

    Path file() {
        return file;
    }

    /** True when a {@code Host} line names {@code alias} other than through a pattern that matches every host. */
    boolean names(String alias) {
        return entries.stream().anyMatch(e -> e.patterns() != null && matches(e.patterns(), alias)
                && e.patterns().stream().anyMatch(p -> !p.startsWith("!") && !p.equals("*")));
    }

    /** The settings for {@code host}: keywords in lower case, each with its values in file order. */
    Map<String, List<String>> lookup(String host) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.patterns() != null && !matches(e.patterns(), host)) {
                continue;
            }
            if (ACCUMULATING.contains(e.keyword())) {
                found.computeIfAbsent(e.keyword(), k -> new ArrayList<>()).addAll(e.args());
            } else {
                found.putIfAbsent(e.keyword(), e.args());
            }
        }
        return found;
    }

    private static void read(Path file, Path sshDir, List<String> outer, List<Entry> into, int depth)
            throws IOException {
        if (depth > MAX_INCLUDE_DEPTH) {
            throw new IOException("Include is nested more than " + MAX_INCLUDE_DEPTH + " deep at " + file
                    + "; does a file include itself?");
        }
        List<String> patterns = outer;
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IOException(file + " line " + number + ": '" + line + "' has a keyword but no value");
            }
            String keyword = m.group(1).toLowerCase(Locale.ROOT);
            List<String> args = words(m.group(2));
            switch (keyword) {
                case "host" -> patterns = args;
                case "match" -> patterns = args.size() == 1 && args.get(0).equalsIgnoreCase("all")
                        ? outer : List.of("!*");
                case "include" -> {
                    for (String pattern : args) {
                        for (Path included : expandInclude(pattern, sshDir)) {
                            read(included, sshDir, patterns, into, depth + 1);
                        }
                    }
                }
                default -> into.add(new Entry(patterns, keyword, args));
            }
        }
    }

    private static List<Path> expandInclude(String pattern, Path sshDir) throws IOException {
        Path path = pattern.startsWith("~/") ? sshDir.getParent().resolve(pattern.substring(2)) : sshDir.resolve(pattern);
        String name = path.getFileName().toString();
        if (!name.contains("*") && !name.contains("?")) {
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(path.getParent())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(path.getParent(), name)) {
                files.forEach(p -> {
                    if (Files.isRegularFile(p)) {
                        found.add(p);
                    }
                });
            }
        }
        found.sort(null);
        return found;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    /** ssh's rule: some positive pattern matches and no negated one does. */
    static boolean matches(List<String> patterns, String host) {
        boolean positive = false;
        for (String p : patterns) {
            if (p.startsWith("!")) {
                if (glob(p.substring(1), host)) {
                    return false;
                }
            } else if (glob(p, host)) {
                positive = true;
            }
        }
        return positive;
    }

    private static boolean glob(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(text).matches();
    }
}
