package vn.civicsquiz.teacher;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of questions, newest first. */
@Schema(name = "QuestionPage")
public record QuestionPage(List<QuestionView> items, int page, int size, long total) {
}
