package vn.civicsquiz.classes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A join code as a teacher handed it out; case and surrounding spaces do not matter. */
public record JoinInput(@Schema(example = "K7QW2MZP") String code) {
}
