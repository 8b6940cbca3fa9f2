package vn.civicsquiz.generate;

import java.util.List;

import vn.civicsquiz.question.QuestionDraft;

/** Prints the generated bank for reading. Run: ./mvnw -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test -Dexec.mainClass=vn.civicsquiz.generate.BankDump */
public final class BankDump {
    public static void main(String[] args) {
        List<QuestionDraft> bank = QuestionGenerator.generate(BankUnderTest.facts(), BankUnderTest.SEED);
        for (QuestionDraft q : bank) {
            System.out.println("[" + q.kind() + " " + q.topic() + " d=" + q.difficulty() + "] " + q.stem() + "   {" + String.join(", ", q.factIds()) + "}");
            q.options().forEach(o -> System.out.println("   " + (o.correct() ? "*" : "-") + " " + o.text()
                    + (o.position() != null ? " @" + o.position() : "") + (o.match() != null ? " -> " + o.match() : "")));
            if (q.numericAnswer() != null) {
                System.out.println("   = " + q.numericAnswer() + " ± " + q.tolerance());
            }
            System.out.println("   > " + q.explanation());
        }
        System.out.println(bank.size());
    }
}
