using CounselingRecords.Scheduling.Appointments;

namespace CounselingRecords.Scheduling.Tests.Appointments;

/// <summary>
/// Every from × to pair of the S4.1 lifecycle (docs/scheduling.md): requested → scheduled, cancelled (by the
/// client or the practice; nothing booked yet, so never late-cancelled) or rescheduled; scheduled → confirmed,
/// arrived, cancelled by client, late-cancelled, cancelled by practice, no-show, rescheduled; confirmed → the same
/// except confirmed; arrived → completed; completed, the cancellations, no-show and rescheduled are final. No
/// status becomes itself.
/// </summary>
public sealed class AppointmentStatusTransitionTable
{
    private const AppointmentStatus Req = AppointmentStatus.Requested;
    private const AppointmentStatus Sch = AppointmentStatus.Scheduled;
    private const AppointmentStatus Con = AppointmentStatus.Confirmed;
    private const AppointmentStatus Arr = AppointmentStatus.Arrived;
    private const AppointmentStatus Cmp = AppointmentStatus.Completed;
    private const AppointmentStatus Ccl = AppointmentStatus.CancelledByClient;
    private const AppointmentStatus Lat = AppointmentStatus.LateCancelled;
    private const AppointmentStatus Cpr = AppointmentStatus.CancelledByPractice;
    private const AppointmentStatus Nos = AppointmentStatus.NoShow;
    private const AppointmentStatus Res = AppointmentStatus.Rescheduled;

    private static readonly AppointmentStatus[] All = [Req, Sch, Con, Arr, Cmp, Ccl, Lat, Cpr, Nos, Res];

    private static readonly (AppointmentStatus From, AppointmentStatus[] To)[] Allowed =
    [
        (Req, [Sch, Ccl, Cpr, Res]),
        (Sch, [Con, Arr, Ccl, Lat, Cpr, Nos, Res]),
        (Con, [Arr, Ccl, Lat, Cpr, Nos, Res]),
        (Arr, [Cmp]),
        (Cmp, []),
        (Ccl, []),
        (Lat, []),
        (Cpr, []),
        (Nos, []),
        (Res, []),
    ];

    public static TheoryData<AppointmentStatus, AppointmentStatus, bool> Pairs()
    {
        var data = new TheoryData<AppointmentStatus, AppointmentStatus, bool>();
        foreach (var from in All)
        {
            var allowed = Allowed.Single(a => a.From == from).To;
            foreach (var to in All)
            {
                data.Add(from, to, allowed.Contains(to));
            }
        }

        return data;
    }

    [Fact]
    public void Table_CoversEveryStatusOfTheEnum()
    {
        Assert.Equal(Enum.GetValues<AppointmentStatus>().Order(), All.Order());
        Assert.Equal(100, Pairs().Count);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void CanBecome_EveryFromToPair_MatchesTheS41Lifecycle(AppointmentStatus from, AppointmentStatus to, bool allowed) =>
        Assert.True(allowed == from.CanBecome(to), $"S4.1 {from} -> {to}: expected {(allowed ? "allowed" : "refused")}");
}
