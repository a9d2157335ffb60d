using CounselingRecords.Policies.Cancellations;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Cancellations;

public sealed class ClientHistoryTests
{
    [Fact]
    public void From_KeepsLateCancellationsAndNoShows_AndDropsPreviews()
    {
        var start = Ny(2026, 3, 13, 10);
        var onTime = Cancel(Policy(), Appointment(start, number: 1), start - Duration.FromDays(3));
        var late = Cancel(Policy(), Appointment(start, number: 2), start - Duration.FromHours(2));
        var noShow = NoShow(Policy(), Appointment(start, number: 3));
        var preview = CancellationEngine.Preview(Policy(), Appointment(start, number: 4), ClientHistory.Empty, ClientCoverage.SelfPay, start - Duration.FromHours(1));
        var acceptance = new PolicyAcceptance(new CancellationPolicyReference(Pid, 1), start - Duration.FromDays(30), null);

        var history = ClientHistory.From([onTime, late, noShow, preview], [acceptance]);

        Assert.Equal(new[] { late.AppointmentId, noShow.AppointmentId }, history.Occurrences.Select(o => o.AppointmentId).ToArray());
        Assert.Equal(acceptance, Assert.Single(history.Acceptances));
        Assert.DoesNotContain(Client.ToString(), history.ToString(), StringComparison.Ordinal);
    }
}
