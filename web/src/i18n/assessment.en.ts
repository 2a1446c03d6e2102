/** Texts of the leader's self-assessment pages (spread into en.ts). */
export const assessmentEn = {
  assessment: {
    nav: 'Self-assessment',
    backToList: 'To self-assessment',
    list: {
      title: 'Self-assessment',
      what: 'The self-assessment is a series of short statements about how you, as a leader, work with digital matters. You answer from your own everyday work – there are no right or wrong answers. Afterwards you get your own profile with questions you can take further.',
      private:
        'Your answers are private. Only you can see your answers and your profile. Managers and colleagues only see combined results for groups of at least 5 people – never your answers.',
      pause:
        'It takes about 15 minutes. Your answers are saved as you go, so you can take a break and continue later.',
      none: 'You are not invited to a self-assessment right now. When you are, you will get an e-mail, and you can answer here.',
      groups: {
        open: 'Ready to answer',
        submitted: 'Answered',
        scheduled: 'Coming later',
        missed: 'Closed',
      },
      closes: 'Closes {{date}}.',
      progress: 'You have answered {{answered}} of {{total}} statements.',
      notStarted: 'You have not started yet.',
      start: 'Start',
      continue: 'Continue',
      submitted: 'You have submitted your answers.',
      shared: 'You share your profile with the facilitators.',
      seeProfile: 'See my profile',
      opens: 'Opens {{date}}. You can answer from that day.',
      missed: 'The round is closed, and you did not submit your answers in time.',
    },
    answer: {
      title: 'Self-assessment',
      intro:
        'Answer from how things are in your everyday work right now. There are no right or wrong answers.',
      saveNote:
        'Your answers are saved each time you press "Save and continue". You can take a break and continue later – also from another computer or phone.',
      step: 'Step {{step}} of {{total}}',
      overall: 'You have answered {{answered}} of {{total}} statements.',
      kind: { focus_area: 'Focus area', advice: "One of the programme's pieces of advice" },
      stepsHeading: 'All steps',
      stepsSummary: 'See all steps',
      stepAnswered: '{{answered}} of {{total}} answered',
      statement: 'Statement {{number}} of {{total}}',
      back: 'Back',
      saveContinue: 'Save and continue',
      saveLater: 'Save and continue later',
      saving: 'Saving …',
      savedLater: 'Your answers are saved. You can continue whenever it suits you.',
      missing: 'We cannot find that self-assessment. Perhaps you are not invited to it.',
      reloaded: 'We have fetched the round again, so you see how it stands now.',
      fieldError: '"{{text}}" (step {{step}}): {{message}}',
      review: {
        heading: 'Review and submit',
        step: 'Last step',
        allAnswered:
          'You have answered all {{total}} statements. Once you submit, you cannot change your answers, and you see your profile straight away.',
        unanswered_one:
          'You have {{count}} statement left to answer. Go to its step and answer it. Choose "Don\'t know" if you cannot answer.',
        unanswered_other:
          'You have {{count}} statements left to answer. Go to their steps and answer them. Choose "Don\'t know" if you cannot answer.',
        unansweredHeading: 'Statements without an answer',
        group: 'Step {{step}}: {{name}}',
        goToStep: 'Go to step {{step}}',
        final: 'Once you submit, you cannot change your answers.',
        submit: 'Submit',
        submitting: 'Submitting …',
        missingAnswer: 'Answer "{{text}}" (step {{step}})',
      },
      submittedHeading: 'You have submitted your answers',
      submittedText: 'Thank you. Your answers are submitted and cannot be changed. Your profile is ready.',
      closedText: 'The round is closed, so you can no longer answer.',
      scheduledText: 'The round opens {{date}}. You can answer from that day.',
      seeProfile: 'See my profile',
      submittedNotice: 'Thank you! Your answers are submitted.',
    },
    suggestion: {
      heading: 'A suggestion from your self-assessment',
      text: 'The question from your profile is now in the field "My question". It is only a suggestion – change it so it fits you. Nothing is saved until you press "Save the project".',
    },
    profile: {
      title: 'My profile',
      private:
        'The profile is private. Only you can see it – unless you choose to share it with the facilitators.',
      round: '{{name}}, submitted {{date}}.',
      previous: 'The figures are compared with your answers in "{{name}}". The chart shows both.',
      noPrevious: 'This is your first self-assessment, so there is nothing to compare with yet.',
      resultsHeading: 'Your results',
      chartLabel:
        'Radar chart of your results in {{count}} areas on a scale from 0 to 100. Highest: {{high}}. Lowest: {{low}}. All figures are in the table.',
      chartLabelPrevious:
        'Radar chart of your results in {{count}} areas on a scale from 0 to 100, with your answers in "{{previous}}" as a dashed line. Highest: {{high}}. Lowest: {{low}}. All figures are in the table.',
      chartLoading: 'Loading the chart …',
      chartSeries: 'Now',
      table: {
        caption: 'Your score and level in each area. Scores run from 0 to 100.',
        dimension: 'Area',
        score: 'Score',
        band: 'Level',
        change: 'Change since last time',
        focus_area: "The programme's four focus areas",
        advice: "The programme's eight pieces of advice",
        noScore: 'Too few answers',
        noChange: 'No earlier score',
        same: 'Unchanged',
      },
      bandsHeading: 'What the levels mean',
      bandRange: '{{from}}–{{to}} points',
      noScoreNote:
        '"Too few answers" means you answered "Don\'t know" to more than half of the statements in the area.',
      reflections: {
        heading: 'Questions to reflect on',
        intro:
          'Here are questions for the areas where you score lowest. Pick one you would like to learn more about – it can become your action project.',
        use: 'Use as my action project',
      },
      share: {
        heading: 'Share with the facilitators',
        toggle: 'Share my profile with the facilitators',
        note: 'If you share, the facilitators of your cohort can see which level you are at in each area, so they can help you further. They do not see your exact numbers – only you do. Nobody else can see your profile – not your manager, not the administrator. You can always withdraw the sharing here.',
        on: 'Your profile is now shared with the facilitators.',
        off: 'Your profile is no longer shared. Only you can see it.',
        nobody:
          'You are not in a cohort with a facilitator right now, so there is nobody to share the profile with.',
        noteNobody:
          'Your profile is shared, but you are not in a cohort with a facilitator right now, so nobody can see it. You can withdraw the sharing here.',
      },
      notSubmitted: 'You have not submitted your answers yet, so there is no profile.',
      toAnswer: 'Go to your answers',
      missing: 'We cannot find that profile.',
    },
  },
};
