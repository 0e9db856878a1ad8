console.log("worklog cli stub");
