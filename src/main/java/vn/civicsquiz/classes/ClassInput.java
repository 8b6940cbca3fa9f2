package vn.civicsquiz.classes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new class: only its name; the join code is made by the server. */
public record ClassInput(@Schema(example = "Lớp 12A1 – Giáo dục công dân", maxLength = 100) String name) {
}
