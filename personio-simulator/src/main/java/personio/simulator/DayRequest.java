package personio.simulator;

import java.util.List;

/** A validate or save body whose format was accepted: the day id and the periods, in the order sent. */
record DayRequest(String dayId, List<RequestedPeriod> periods) {

    DayRequest {
        periods = List.copyOf(periods);
    }
}
