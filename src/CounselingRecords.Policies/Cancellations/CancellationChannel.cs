namespace CounselingRecords.Policies.Cancellations;

/// <summary>How a cancellation reached the practice.</summary>
public enum CancellationChannel
{
    /// <summary>Not recorded.</summary>
    Unspecified,

    /// <summary>A telephone call answered by staff.</summary>
    Phone,

    /// <summary>A voicemail.</summary>
    Voicemail,

    /// <summary>A text message.</summary>
    TextMessage,

    /// <summary>An email.</summary>
    Email,

    /// <summary>The client portal.</summary>
    Portal,

    /// <summary>In person at the office.</summary>
    InPerson,
}
