using System.Globalization;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Samples.Practice.Setup;
using CounselingRecords.Samples.Practice.Simulation;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Storage;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Specifications;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

namespace CounselingRecords.Samples.Practice.Reporting;

/// <summary>
/// The month-end dashboard, read back from storage: activity, appointments by status, documentation due, plans due
/// for review, goal progress, A/R aging and one client's itemized statement with the explanations behind each line.
/// </summary>
internal static class Dashboard
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task RenderAsync(IAnsiConsole console, IServiceProvider scope, SimulationContext context, CancellationToken cancellationToken)
    {
        var period = context.Period;
        var asOf = context.Now;
        console.Write(new Rule($"[bold]Riverside Counseling[/]: {period.Start.ToString("uuuu-MM-dd", Invariant)} to {period.End.ToString("uuuu-MM-dd", Invariant)}").LeftJustified());
        console.MarkupLine($"{context.Clients.Count.ToString(Invariant)} clients, {context.Practice.Staff.Length.ToString(Invariant)} clinicians, offices in New York and Chicago; as of {asOf.InZone(PracticeSetup.NewYork).ToString("uuuu-MM-dd HH:mm", Invariant)} New York time.");
        Activity(console, context.Stats);

        var appointments = await scope.GetRequiredService<IReadRepository<Appointment>>().ListAsync(cancellationToken).ConfigureAwait(false);
        AppointmentsByStatus(console, appointments);

        var notes = await scope.GetRequiredService<IReadRepository<SessionNote>>().ListAsync(cancellationToken).ConfigureAwait(false);
        var tasks = await scope.GetRequiredService<IReadRepository<PracticeTask>>().ListAsync(cancellationToken).ConfigureAwait(false);
        DocumentationDue(console, context, notes, tasks, asOf);

        var plans = await scope.GetRequiredService<IReadRepository<TreatmentPlan>>().ListAsync(cancellationToken).ConfigureAwait(false);
        var due = await scope.GetRequiredService<IReadRepository<TreatmentPlan>>().ListAsync(new PlansDueForReviewSpec(asOf, PracticeSetup.NewYork, 30), cancellationToken).ConfigureAwait(false);
        PlansDue(console, due, tasks, asOf.InZone(PracticeSetup.NewYork).Date);
        GoalProgress(console, plans);

        var ledgers = await scope.GetRequiredService<IReadRepository<ClientLedger>>().ListAsync(cancellationToken).ConfigureAwait(false);
        var generator = new StatementGenerator(context.Practice.StatementSettings, context.Practice.Catalog);
        var statementDate = period.End;
        var statements = ledgers.Select(l => generator.Generate(l, Request(context, l.Client, period, statementDate))).ToList();
        Aging(console, statements, statementDate);

        var featured = Featured(context);
        var statement = statements.First(s => s.Client == featured.Id);
        ItemizedStatement(console, featured, statement, context);
    }

    private static void Activity(IAnsiConsole console, SimulationStats stats)
    {
        var table = new Table().Title("Activity").AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        Row(table, "Recurring series booked (weekly and biweekly)", stats.SeriesBooked);
        Row(table, "Appointments booked", stats.Appointments);
        Row(table, "Intake assessments signed", stats.Intakes);
        Row(table, "Sessions completed", stats.Completed);
        Row(table, "Session notes signed", stats.NotesSigned);
        Row(table, "  signed late (late entry)", stats.LateNotes);
        Row(table, "  co-signed by the supervisor (notes and intakes)", stats.CoSigned);
        Row(table, "  addenda", stats.Addenda);
        Row(table, "PHQ-9 / GAD-7 scores recorded", stats.Measurements);
        Row(table, "Objectives achieved by rule (R8.5)", stats.ObjectivesAchievedByRule);
        Row(table, "Charges from signed notes", stats.Charges);
        Row(table, "Cancellations and no-shows decided", stats.MissedRecorded);
        Row(table, "  with a fee charged", stats.FeesCharged);
        Row(table, "  recorded without a fee", stats.ZeroFeeRecords);
        Row(table, "Claims submitted", stats.Claims);
        Row(table, "Insurance payments posted (ERA lines)", stats.InsurancePayments);
        Row(table, "Client payments posted", stats.ClientPayments);
        Row(table, "Requests refused by a rule", stats.Refusals);
        console.Write(table);
    }

    private static void AppointmentsByStatus(IAnsiConsole console, IReadOnlyList<Appointment> appointments)
    {
        var table = new Table().Title("Appointments by status").AddColumn("Status").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var group in appointments.GroupBy(a => a.Status).OrderBy(g => g.Key))
        {
            Row(table, group.Key.ToString(), group.Count());
        }

        table.AddRow("[bold]Total[/]", $"[bold]{appointments.Count.ToString("N0", Invariant)}[/]");
        console.Write(table);
    }

    private static void DocumentationDue(IAnsiConsole console, SimulationContext context, IReadOnlyList<SessionNote> notes, IReadOnlyList<PracticeTask> tasks, Instant asOf)
    {
        var table = new Table().Title("Documentation due").AddColumn("Clinician").AddColumn(new TableColumn("Drafts").RightAligned())
            .AddColumn(new TableColumn("Awaiting co-sign").RightAligned()).AddColumn(new TableColumn("Overdue tasks").RightAligned()).AddColumn(new TableColumn("Signed late").RightAligned());
        var openTasks = tasks.Where(t => t.Kind == PracticeTaskKind.CompleteDocumentation && t.Status == PracticeTaskStatus.Open).ToList();
        foreach (var staff in context.Practice.Staff.Take(12))
        {
            var id = staff.Clinician.Id;
            var mine = notes.Where(n => n.AuthorId == id).ToList();
            table.AddRow(
                Markup.Escape($"{staff.Name}, {staff.Clinician.Credentials}"),
                N(mine.Count(n => n.Status == DocumentStatus.Draft)),
                N(mine.Count(n => n.Status == DocumentStatus.PendingCoSign)),
                N(openTasks.Count(t => t.AssignedTo == id && t.DueAt <= asOf)),
                N(mine.Count(n => n.LateEntry is not null)));
        }

        if (context.Practice.Staff.Length > 12)
        {
            table.AddRow($"All {context.Practice.Staff.Length.ToString(Invariant)} clinicians (first 12 above)", N(notes.Count(n => n.Status == DocumentStatus.Draft)), N(notes.Count(n => n.Status == DocumentStatus.PendingCoSign)), N(openTasks.Count(t => t.DueAt <= asOf)), N(notes.Count(n => n.LateEntry is not null)));
        }

        console.Write(table);
    }

    private static void PlansDue(IAnsiConsole console, IReadOnlyList<TreatmentPlan> due, IReadOnlyList<PracticeTask> tasks, LocalDate today)
    {
        var table = new Table().Title("Plans due for review (within 30 days, R7.13)").AddColumn("Review state").AddColumn(new TableColumn("Plans").RightAligned());
        foreach (var group in due.Select(p => p.ReviewStatusOn(today)).GroupBy(s => s.State).OrderBy(g => g.Key))
        {
            Row(table, group.Key.ToString(), group.Count());
        }

        Row(table, "Open review tasks", tasks.Count(t => t.Kind == PracticeTaskKind.ReviewTreatmentPlan && t.Status == PracticeTaskStatus.Open));
        console.Write(table);
    }

    private static void GoalProgress(IAnsiConsole console, IReadOnlyList<TreatmentPlan> plans)
    {
        var table = new Table().Title("Goal progress (objectives of the current plans)").AddColumn("Objective").AddColumn("Status").AddColumn(new TableColumn("Count").RightAligned());
        var rows = plans
            .SelectMany(p => p.CurrentVersion.Objectives.Select(o => (Kind: o.Measure.Kind == MeasureKind.InstrumentScore ? $"{o.Measure.InstrumentCode} score" : "Observed count", Status: p.StatusOf(o.Id))))
            .GroupBy(r => r)
            .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Status);
        foreach (var group in rows)
        {
            table.AddRow(group.Key.Kind, group.Key.Status.ToString(), N(group.Count()));
        }

        console.Write(table);
    }

    private static void Aging(IAnsiConsole console, IReadOnlyList<Statement> statements, LocalDate asOf)
    {
        var client = statements.Aggregate(AgingBuckets.Empty(Currency.Usd), (sum, s) => Add(sum, s.ClientAging));
        var insurance = statements.Aggregate(AgingBuckets.Empty(Currency.Usd), (sum, s) => Add(sum, s.InsuranceAging));
        var table = new Table().Title($"A/R aging as of {asOf.ToString("uuuu-MM-dd", Invariant)} (by date of service, R6.5)").AddColumn("Owed by")
            .AddColumn(new TableColumn("0-30").RightAligned()).AddColumn(new TableColumn("31-60").RightAligned()).AddColumn(new TableColumn("61-90").RightAligned())
            .AddColumn(new TableColumn("91-120").RightAligned()).AddColumn(new TableColumn("> 120").RightAligned()).AddColumn(new TableColumn("Total").RightAligned());
        foreach (var (name, buckets) in new[] { ("Clients", client), ("Payers", insurance) })
        {
            table.AddRow(name, M(buckets.Days0To30), M(buckets.Days31To60), M(buckets.Days61To90), M(buckets.Days91To120), M(buckets.Over120Days), M(buckets.Total));
        }

        console.Write(table);
    }

    private static void ItemizedStatement(IAnsiConsole console, ClientProfile profile, Statement statement, SimulationContext context)
    {
        console.Write(new Rule($"Statement for client {profile.Number.ToString(Invariant)} ({Markup.Escape(profile.PayerKind.ToString())}, {Markup.Escape(profile.Payer.Name)})").LeftJustified());
        var table = new Table().AddColumn("Date").AddColumn("Code").AddColumn("Description").AddColumn(new TableColumn("Fee").RightAligned())
            .AddColumn(new TableColumn("Discount").RightAligned()).AddColumn(new TableColumn("Ins. paid").RightAligned()).AddColumn(new TableColumn("Adjusted").RightAligned())
            .AddColumn(new TableColumn("Paid").RightAligned()).AddColumn(new TableColumn("You owe").RightAligned()).AddColumn(new TableColumn("Ins. pending").RightAligned());
        foreach (var line in statement.Services)
        {
            table.AddRow(line.DateOfService.ToString("MM-dd", Invariant), line.Code, Markup.Escape(line.Description), M(line.Fee), M(line.Discount), M(line.InsurancePaid), M(line.Adjustments), M(line.ClientPaid), M(line.ClientDue), M(line.InsurancePending));
        }

        var totals = statement.Totals;
        table.AddRow("[bold]Total[/]", string.Empty, $"charges {M(totals.Charges)}", string.Empty, M(totals.Discounts), M(totals.InsurancePayments), M(totals.Adjustments), M(totals.ClientPayments), $"[bold]{M(totals.AmountDue)}[/]", M(totals.InsurancePending));
        console.Write(table);

        console.MarkupLine("[bold]Why each line is what it is[/]");
        foreach (var line in statement.Services)
        {
            foreach (var explanation in line.Explanations.Distinct())
            {
                console.MarkupLine($"  {line.DateOfService.ToString("MM-dd", Invariant)} {Markup.Escape(line.Code)}: {Markup.Escape(explanation.ToString())}");
            }
        }

        foreach (var outcome in context.Clients.Count > 0 ? profile.Outcomes : [])
        {
            console.MarkupLine($"  Decision: {Markup.Escape(outcome.Explain())}");
        }
    }

    /// <summary>The client whose statement is shown: the first with a missed-appointment fee, else the sliding-scale client.</summary>
    private static ClientProfile Featured(SimulationContext context) =>
        context.Clients.FirstOrDefault(p => p.Outcomes.Any(o => o.WasCharged()) && p.PayerKind is PayerKind.SelfPay or PayerKind.SlidingScale)
        ?? context.Clients.FirstOrDefault(p => p.Outcomes.Any(o => o.WasCharged()))
        ?? context.Clients.First(p => p.PayerKind == PayerKind.SlidingScale);

    private static StatementRequest Request(SimulationContext context, ClientId client, DateInterval period, LocalDate statementDate)
    {
        var profile = context.ProfileOf(client);
        return new StatementRequest(
            new StatementId(DeterministicGuid(profile.Number)),
            period,
            statementDate,
            "A-" + profile.Number.ToString(Invariant),
            new StatementRecipient(profile.FullName, profile.FullName, "1 Elm St"));
    }

    private static Guid DeterministicGuid(int n) => new(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    private static AgingBuckets Add(AgingBuckets a, AgingBuckets b) =>
        new(a.Days0To30 + b.Days0To30, a.Days31To60 + b.Days31To60, a.Days61To90 + b.Days61To90, a.Days91To120 + b.Days91To120, a.Over120Days + b.Over120Days);

    private static void Row(Table table, string label, int count) => table.AddRow(Markup.Escape(label), N(count));

    private static string N(int n) => n.ToString("N0", Invariant);

    private static string M(Money money) => money.Amount.ToString("N2", Invariant);
}
