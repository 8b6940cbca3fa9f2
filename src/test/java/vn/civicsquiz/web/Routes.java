package vn.civicsquiz.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every HTTP route the app's resource classes declare (pages and API alike), read from the compiled classes: the
 * OpenAPI document lists only the JSON API, and the access matrix must cover the pages too. A path parameter with
 * a pattern ({@code {action: start|next}}) is written as its first alternative, so the route is really reached.
 */
final class Routes {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class,
            "post", PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch");

    private Routes() {
    }

    /** path -> HTTP methods (lower case), for every resource class under the app's root package. */
    static Map<String, Set<String>> all() {
        Map<String, Set<String>> routes = new TreeMap<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String http = METHODS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(base, sub == null ? "" : sub.value());
                routes.computeIfAbsent(path, p -> new TreeSet<>()).add(http);
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // {name: a|b} -> a ; {name: \d+} stays a parameter
        return path.replaceAll("\\{\\s*\\w+\\s*:\\s*([\\w-]+)(\\|[^}]*)?}", "$1").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static Set<Class<?>> resourceClasses() {
        Set<Class<?>> types = new java.util.LinkedHashSet<>();
        try {
            // Maven runs the tests in the project's folder; Quarkus's class loader does not say where classes lie
            java.nio.file.Path root = java.nio.file.Path.of("target", "classes");
            java.nio.file.Path appRoot = root.resolve("vn/civicsquiz");
            try (Stream<java.nio.file.Path> files = Files.walk(appRoot)) {
                for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                    String name = root.relativize(file).toString();
                    if (!name.endsWith(".class") || name.contains("$")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                            HomePage.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        types.add(type);
                    }
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the app's compiled classes could not be read", e);
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("no resource class found");
        }
        return types;
    }
}
