using NodaTime;

namespace CounselingRecords.Records.Deadlines;

/// <summary>A request to extend a response deadline once, with the written notice's date and reason.</summary>
public sealed class DeadlineExtensionRequest
{
    /// <summary>Initializes a new instance of the <see cref="DeadlineExtensionRequest"/> class.</summary>
    /// <param name="noticeSentOn">When the written notice to the client was sent.</param>
    /// <param name="days">The extension in calendar days.</param>
    /// <param name="reason">The reason stated in the notice.</param>
    public DeadlineExtensionRequest(LocalDate noticeSentOn, int days, string? reason)
    {
        NoticeSentOn = noticeSentOn;
        Days = days;
        Reason = reason;
    }

    /// <summary>Gets when the notice was sent.</summary>
    public LocalDate NoticeSentOn { get; }

    /// <summary>Gets the extension in days.</summary>
    public int Days { get; }

    /// <summary>Gets the reason.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"Extension of {Days} days";
}
