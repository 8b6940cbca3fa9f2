package vn.civicsquiz.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Reference;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document describes the public JSON API only: the learners' pages (Qute forms under /, /quiz,
 * /study…) and the benchmark page are not an API a client should call. Their paths are removed, and with them
 * every schema no remaining operation refers to (template types, framework internals), so the document lists
 * only what a client sends and receives.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublicApiDocument implements OASFilter {

    static final String API_ROOT = "/api/";
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith(API_ROOT)).toList()
                .forEach(openAPI.getPaths()::removePathItem);
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(referencedSchemas(openAPI.getPaths()));
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (used.add(name) && schemas.containsKey(name)) {
                toVisit.addAll(referencedSchemas(schemas.get(name)));
            }
        }
        schemas.keySet().stream().filter(name -> !used.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /** Names of the component schemas referred to anywhere inside a part of the document. */
    static Set<String> referencedSchemas(Object part) {
        Set<String> names = new HashSet<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> toVisit = new ArrayDeque<>(List.of(part));
        while (!toVisit.isEmpty()) {
            Object node = toVisit.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof Reference<?> reference && reference.getRef() != null
                    && reference.getRef().startsWith(SCHEMA_REF)) {
                names.add(reference.getRef().substring(SCHEMA_REF.length()));
            }
            if (node instanceof Map<?, ?> map) {
                map.values().forEach(value -> push(toVisit, value));
            } else if (node instanceof Collection<?> collection) {
                collection.forEach(value -> push(toVisit, value));
            } else if (node instanceof Constructible) {
                for (Method getter : modelGetters(node.getClass())) {
                    push(toVisit, get(getter, node));
                }
            }
        }
        return names;
    }

    private static void push(Deque<Object> toVisit, Object value) {
        if (value instanceof Constructible || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            toVisit.push(value);
        }
    }

    private static List<Method> modelGetters(Class<?> type) {
        return java.util.Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getName().startsWith("get") && !m.getName().equals("getClass")
                        && (Constructible.class.isAssignableFrom(m.getReturnType())
                        || Map.class.isAssignableFrom(m.getReturnType())
                        || Collection.class.isAssignableFrom(m.getReturnType())))
                .toList();
    }

    private static Object get(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null; // a getter that needs state the model lacks has nothing to refer to
        }
    }
}
