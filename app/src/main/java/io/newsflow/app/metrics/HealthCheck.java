package io.newsflow.app.metrics;

/** One named condition of a health or readiness answer, e.g. {@code broker} or {@code streams}. */
public interface HealthCheck {
    String name();

    Result check();

    /** Whether the condition holds, and a short word or phrase for the operator. */
    record Result(boolean up, String detail) {
        public static Result up(String detail) {
            return new Result(true, detail);
        }

        public static Result down(String detail) {
            return new Result(false, detail);
        }
    }

    static HealthCheck of(String name, java.util.function.Supplier<Result> check) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Result check() {
                return check.get();
            }
        };
    }
}
