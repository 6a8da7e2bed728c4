package org.passage.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My tasks": every open task the staff member is to do, across his cases, overdue first; reached from the navigation. */
@Controller
class MyTaskPage {

    private final MyTasks mine;
    private final Clock clock;

    MyTaskPage(MyTasks mine, Clock clock) {
        this.mine = mine;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String show(Model model) {
        var lines = mine.page("case.tasks.mine");
        model.addAttribute("lines", lines);
        model.addAttribute("overdue", lines.stream().filter(MyTasks.Line::overdue).count());
        model.addAttribute("today", LocalDate.now(clock));
        return "cases/mytasks";
    }
}
