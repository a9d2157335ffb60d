using System.Diagnostics;
using CounselingRecords.Auditing;
using CounselingRecords.DependencyInjection.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Samples.Practice.Setup;
using CounselingRecords.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// Runs the period day by day: the practice and the established caseload are set up nine days before it starts,
/// then each day's actions run in instant order inside one unit of work per day, which also saves every record
/// the day changed and the day's audit entries together (all or nothing).
/// </summary>
internal static class PracticeSimulation
{
    /// <summary>The first day simulated (the period has the US daylight-saving change of 2026-03-08).</summary>
    public static readonly LocalDate FirstDay = new(2026, 3, 1);

    public static async Task<SimulationContext> RunAsync(IServiceProvider services, SimulationClock clock, int seed, int clients, int months, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var period = new DateInterval(FirstDay, FirstDay.PlusMonths(months).PlusDays(-1));
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var ids = provider.GetRequiredService<IIdGenerator>();
        var practice = PracticeSetup.Create(ids, clients);
        provider.GetRequiredService<ActorContext>().Use(practice.Admin);
        var context = new SimulationContext(ids, new Random(seed), clock, practice, provider.GetRequiredService<IAuditSink>(), period);
        var sessions = new SessionSteps(context);
        var onboarding = new ClientOnboarding(context, sessions);
        var billing = new BillingSteps(context);
        var missed = new MissedAppointmentSteps(context);
        var frontOffice = new FrontOfficeSteps(context);
        sessions.Onboarding = onboarding;
        sessions.Billing = billing;
        sessions.Missed = missed;
        var work = provider.GetRequiredService<IUnitOfWork>();

        var setupAt = SimulationContext.NewYorkTime(period.Start.PlusDays(-9), 9);
        clock.Set(setupAt);
        var setupStarted = Stopwatch.GetTimestamp();
        await work.ExecuteAsync(
            async ct =>
            {
                onboarding.SetUpPractice();
                onboarding.CreateProfiles(clients);
                foreach (var profile in context.Clients)
                {
                    if (profile.IsNew)
                    {
                        var registerAt = Instant.Max(setupAt + Duration.FromHours(1), SimulationContext.NewYorkTime(profile.StartDate.PlusDays(-7), 9));
                        context.Agenda.At(registerAt, "register new client", () => onboarding.RegisterNewAsync(profile));
                    }
                    else
                    {
                        onboarding.Establish(profile);
                    }
                }

                ScheduleOfficeRoutines(context, billing, frontOffice);
                return context.Stats.DocumentsWritten += await context.Records.FlushAsync(provider, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        context.Timings.Add("set-up (caseload, series, save)", Stopwatch.GetElapsedTime(setupStarted));

        var days = Period.DaysBetween(period.Start, period.End) + 1;
        for (var day = 0; day < days; day++)
        {
            var dayEnd = SimulationContext.NewYorkTime(period.Start.PlusDays(day + 1), 0);
            await work.ExecuteAsync(
                async ct =>
                {
                    while (context.Agenda.TryTakeBefore(dayEnd, out var at, out var step, out var action))
                    {
                        clock.Set(at);
                        var started = Stopwatch.GetTimestamp();
                        await action().ConfigureAwait(false);
                        context.Timings.Add(step, Stopwatch.GetElapsedTime(started));
                    }

                    var flushStarted = Stopwatch.GetTimestamp();
                    context.Stats.DocumentsWritten += await context.Records.FlushAsync(provider, ct).ConfigureAwait(false);
                    context.Timings.Add("save (repositories)", Stopwatch.GetElapsedTime(flushStarted));
                    return 0;
                },
                cancellationToken).ConfigureAwait(false);
            progress?.Invoke(day + 1, days);
        }

        clock.Set(SimulationContext.NewYorkTime(period.End.PlusDays(1), 0));
        return context;
    }

    private static void ScheduleOfficeRoutines(SimulationContext context, BillingSteps billing, FrontOfficeSteps frontOffice)
    {
        var period = context.Period;
        for (var date = period.Start; date <= period.End; date = date.PlusDays(1))
        {
            if (date.DayOfWeek == IsoDayOfWeek.Friday)
            {
                context.Agenda.At(SimulationContext.NewYorkTime(date, 19), "claims", billing.SubmitClaimsAsync);
            }

            if (date.PlusDays(1).Day == 1)
            {
                context.Agenda.At(SimulationContext.NewYorkTime(date, 20), "plan reviews", frontOffice.OpenPlanReviewTasksAsync);
            }
        }

        context.Agenda.At(SimulationContext.NewYorkTime(period.Start.PlusDays(18), 11), "complaint", frontOffice.ReceiveComplaintAsync);
    }
}
